// A failure the user can act on (a busy, missing, older or newer warehouse): the CLI prints its message alone,
// without a stack trace.

export class WarehouseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WarehouseError";
  }
}
