/**
 * Undo and redo for what the analyst does to the view. Each action records how to take itself
 * back and how to do itself again, so undoing an expansion of a 10,000-element view removes
 * what it added rather than reloading a snapshot of everything.
 */

export interface Command {
  /** Shown in the Undo and Redo buttons' titles. */
  label: string;
  undo(): void;
  redo(): void;
}

export class History {
  #done: Command[] = [];
  #undone: Command[] = [];
  readonly #limit: number;
  #onChange: () => void;

  constructor(limit = 100, onChange: () => void = () => undefined) {
    this.#limit = limit;
    this.#onChange = onChange;
  }

  /** Records an action already done; it clears what could have been redone. */
  push(command: Command): void {
    this.#done.push(command);
    if (this.#done.length > this.#limit) this.#done.shift();
    this.#undone.length = 0;
    this.#onChange();
  }

  undo(): Command | null {
    const command = this.#done.pop();
    if (!command) return null;
    command.undo();
    this.#undone.push(command);
    this.#onChange();
    return command;
  }

  redo(): Command | null {
    const command = this.#undone.pop();
    if (!command) return null;
    command.redo();
    this.#done.push(command);
    this.#onChange();
    return command;
  }

  get nextUndo(): string | null {
    return this.#done.at(-1)?.label ?? null;
  }

  get nextRedo(): string | null {
    return this.#undone.at(-1)?.label ?? null;
  }
}
