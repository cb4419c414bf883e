/** The history has no export with this hash: the link came from another browser. */
export class NotInHistoryError extends Error {
  constructor(readonly hash: string) {
    super(`No export with the hash ${hash} in this browser's history`)
    this.name = 'NotInHistoryError'
  }
}
