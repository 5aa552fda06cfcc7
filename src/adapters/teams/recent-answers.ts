/**
 * Which answer id each recent answer message got (Teams activity id → random answer id), so the
 * platform's feedback invoke, which names only the message, is recorded against the answer id the
 * answer was logged with. Ids only, in memory, the newest `max` answers.
 */
export class RecentAnswers {
  private readonly ids = new Map<string, string>();
  constructor(private readonly max = 1000) {}

  remember(activityId: string | undefined, answerId: string): void {
    if (!activityId) return;
    this.ids.set(activityId, answerId);
    if (this.ids.size > this.max) this.ids.delete(this.ids.keys().next().value!);
  }

  answerIdOf(activityId: string | undefined): string | undefined {
    return activityId === undefined ? undefined : this.ids.get(activityId);
  }
}
