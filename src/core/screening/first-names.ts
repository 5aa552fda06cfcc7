// Common first names in Denmark (and a few English ones): a capitalised one of these is read as a
// person's name even without "patienten"/"min mand" before it. Names that are also everyday words
// ("Per dag", "Tage noter") count only mid-sentence or followed by a surname.

const DANISH = `Anne Kirsten Mette Hanne Anna Helle Susanne Lene Maria Marianne Lone Camilla Pia Louise Charlotte Tina Gitte Bente
Inge Karen Jette Birgitte Lise Ida Julie Emma Sofie Laura Christina Kristina Rikke Signe Katrine Malene Dorte Dorthe Eva Ulla Hanna
Ingrid Marie Ellen Birthe Grethe Else Ruth Inger Lisbeth Tove Annette Bodil Jytte Karin Lillian Vibeke Heidi Line Sara Sarah
Cecilie Caroline Josefine Freja Clara Alma Agnes Astrid Ella Olivia Nanna Amalie Mathilde Emilie Frida Isabella Victoria Nina
Stine Trine Tanja Sanne Britt Jane Conny Merete Kamilla Mona Gurli Asta Edith Gerda Henny Jenny Solveig Yvonne Lotte Lena Maja
Peter Jens Michael Lars Henrik Thomas Søren Jan Niels Christian Martin Jørgen Hans Anders Morten Jesper Ole Per Erik Rasmus Mads
Poul Kim Frederik Carsten Torben Mikkel Johannes Jakob Jacob Kasper Kristian Steen Flemming Claus Klaus Bent Preben Finn Leif Kurt
Knud Svend Arne John Bjarne Brian Allan Jonas Tobias Emil Oliver William Lucas Noah Oscar Victor Magnus Alfred Carl Karl Aksel Axel
Malthe Mathias Simon Daniel Alexander Sebastian Nikolaj Benjamin Villads Bo Ib Aage Åge Ejner Villy Tage Egon Holger Kaj Ove
Palle René Dennis Kenneth Jimmy Ivan Tommy Bjørn Jon Ulrik Rune Dan Ebbe Esben Gunnar Harald Vagn Erling Henning Jørn Jesus`;
const ENGLISH = `James Robert David Richard Joseph Charles Matthew George Paul Mary Patricia Jennifer Linda Elizabeth Barbara Susan
Jessica Margaret Emily Sophia Jack Harry Sophie Chloe Lucy Kate Jane Tom Bob Mike Steve Mark Will`;
// Not "May": as a month it is far more common in volunteers' questions than as a name.
/** Also ordinary words: only a name mid-sentence or with a surname after it. */
export const AMBIGUOUS_FIRST_NAMES = new Set(
  'Per Bo Else Tage Kaj Ib Dan Bent Line Lone Finn Ove Jan Kim Will Mark Ellen Carl Karl Jesus Alma Asta Maja Ida Tom Bob Kate Hans Victoria Christian'.split(
    ' ',
  ),
);
export const FIRST_NAMES = [...new Set(`${DANISH} ${ENGLISH}`.split(/\s+/).filter(Boolean))];
/** Names that are also Danish or English words when written in lower case ("bjørn" is a bear). */
export const LOWER_CASE_WORDS = new Set(
  'svend bjørn rune ebbe aksel axel palle jack harry kasper lise benjamin jimmy'.split(' '),
);
