import {
  describeGroupChoice,
  searchGroupChoices,
  type GroupChoice,
} from '@/lib/accounts/group-choices';
import { element } from '@/ui/dom';

/** Options listed at once: enough to pick from, short enough to read in a popup. */
const MAX_OPTIONS = 8;

/**
 * The `group_id` input as an ARIA combobox (list autocomplete with automatic selection,
 * WAI-ARIA APG): typing filters the accounts by name, domain or `group_id` and makes the
 * best match active, so a few letters and Enter pick it; arrows move, Escape closes, and
 * Enter with the list closed saves the form as before. ArrowDown, or a click while the list
 * is closed, opens every choice (recent groups first).
 */
export class GroupPicker {
  private shown: GroupChoice[] = [];
  private active = -1;

  constructor(
    private readonly input: HTMLInputElement,
    private readonly listbox: HTMLElement,
    private readonly choices: GroupChoice[],
  ) {}

  /** Wires the input and the list; call once. */
  attach(): void {
    this.input.addEventListener('input', (event) => {
      // Our own `input` event after a pick announces the value; it must not reopen the list.
      if (!(event instanceof InputEvent)) return;
      this.open(this.input.value, true);
    });
    this.input.addEventListener('keydown', (event) => this.onKeyDown(event));
    this.input.addEventListener('click', () => {
      if (this.shown.length === 0) this.openAll();
    });
    this.input.addEventListener('blur', () => this.close());
    // Keeps focus in the input while an option is clicked.
    this.listbox.addEventListener('mousedown', (event) => event.preventDefault());
  }

  private onKeyDown(event: KeyboardEvent): void {
    const expanded = this.shown.length > 0;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!expanded) return this.openAll();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.activate((this.active + step + this.shown.length) % this.shown.length);
    } else if (event.key === 'Enter' && expanded && this.active >= 0) {
      event.preventDefault();
      this.pick(this.shown[this.active]!);
    } else if (event.key === 'Escape' && expanded) {
      event.preventDefault();
      this.close();
    }
  }

  private open(query: string, activateFirst: boolean): void {
    this.shown = searchGroupChoices(this.choices, query).slice(0, MAX_OPTIONS);
    this.listbox.replaceChildren(...this.shown.map((choice, index) => this.option(choice, index)));
    this.listbox.hidden = this.shown.length === 0;
    this.input.setAttribute('aria-expanded', String(this.shown.length > 0));
    this.activate(activateFirst && query.trim() !== '' && this.shown.length > 0 ? 0 : -1);
  }

  /** Every choice, the current value's active: to browse or switch, not to filter. */
  private openAll(): void {
    this.open('', false);
    const current = this.shown.findIndex((choice) => choice.groupId === this.input.value);
    if (current >= 0) this.activate(current);
  }

  private option(choice: GroupChoice, index: number): HTMLElement {
    const option = element('li', {
      text: describeGroupChoice(choice),
      attributes: { id: `group-option-${index}`, role: 'option', 'aria-selected': 'false' },
    });
    option.addEventListener('click', () => this.pick(choice));

    return option;
  }

  private activate(index: number): void {
    this.active = index;
    for (const [position, option] of [...this.listbox.children].entries()) {
      option.setAttribute('aria-selected', String(position === index));
    }
    const activeOption = this.listbox.children[index];
    if (activeOption) this.input.setAttribute('aria-activedescendant', activeOption.id);
    else this.input.removeAttribute('aria-activedescendant');
    activeOption?.scrollIntoView({ block: 'nearest' });
  }

  private pick(choice: GroupChoice): void {
    this.input.value = choice.groupId;
    this.close();
    // Drafts and the proposal note listen for input events, as for typing.
    this.input.dispatchEvent(new Event('input', { bubbles: true }));
  }

  private close(): void {
    this.shown = [];
    this.active = -1;
    this.listbox.hidden = true;
    this.listbox.replaceChildren();
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }
}
