/**
 * The people of one article, gathered from every titled or full-name mention before any
 * reference is resolved: a surname or a given name used alone finds the person named in full,
 * two first words of a name find the whole, and a rank before a lone surname names someone
 * else. resolve.ts asks it who a name or a title stands for.
 */
import { foldText } from '../domain/index.ts';
import { gazetteer } from './gazetteer.ts';
import type { Title } from './mentions.ts';
import type { Person } from './resolve.ts';

/** A name's parts, split at spaces and hyphens. */
export const words = (name: string) => name.split(/[\s-]+/).filter(Boolean);

/** A phonetic key for a name part: Pashinian = Pashinyan, Aliev = Aliyev. */
export type NameKey = (word: string) => string;

const RANKS =
  /^(?:general|gen|colonel|col|admiral|marshal|field marshal|captain|major general|lieutenant general|brigadier|sheikh|sheik)$/i;

/** A word for whoever heads something ("ASEAN's chief"), under whatever title they hold. */
export const GENERIC_HEAD = /^(?:Chief|Head|Leader)$/;

export class People {
  readonly list: Person[] = [];
  readonly #bySurname = new Map<string, Person>();
  // Given names, each of one person only (null once two people share it).
  readonly #byGiven = new Map<string, Person | null>();
  /** "Mbarga" after "Etienne Mbarga Nkolo": a middle part of a long name, when only one has it. */
  readonly #byMiddle = new Map<string, Person | null>();
  /**
   * Names of two or more words by their keys, for "two or more first words of one name": whole,
   * and every leading run of two or more words short of the whole (not ending in a particle).
   * Looked up, never scanned: an article naming thousands of people stays linear.
   */
  readonly #byWhole = new Map<string, Person>();
  readonly #byLeading = new Map<string, Person>();
  /** "Ould Cheikh" of "Ismail Ould Cheikh Ahmad": two or more inner words, of one person only. */
  readonly #byInner = new Map<string, Person | null>();
  readonly #keysOf = new Map<Person, string[]>();
  readonly #order = new Map<Person, number>();
  readonly #g = gazetteer();

  readonly nameKey: NameKey;

  constructor(nameKey: NameKey) {
    this.nameKey = nameKey;
  }

  surnameOf(name: string): string {
    const parts = words(name);
    // "Xi Jinping": the family name comes first.
    if (this.#g.familyFirst.has(foldText(parts[0]!)) && parts.length > 1) return parts[0]!;
    // "Pope Clement XV", "King Charles III": a reign's number is no name; the name before it.
    if (parts.length === 2 && /^[IVX]+$/.test(parts[1]!)) return parts[0]!;
    // "Hussein bin Omar": "bin Omar" names his father; "Omar" alone is someone else.
    const father = parts.length >= 2 && /^(?:bin|ibn|bint)$/i.test(parts[parts.length - 2]!);
    return father ? parts.slice(-2).join(' ') : parts[parts.length - 1]!;
  }

  register(name: string, title: Title | null, sentence: number): Person {
    const { nameKey } = this;
    const g = this.#g;
    const people = this.list;
    const bySurname = this.#bySurname;
    const byGiven = this.#byGiven;
    const parts = words(name);
    // "Accompanied by Shavkat Mirziyoyev Nursultan Nazarbayev visited": a known full name run
    // into the next with no comma between; the next is someone of their own.
    // (Both known whole, so "Amina Sheikh" then "Amina Sheikh Warsame Ali" is one name grown.)
    const spaced = name.split(/\s+/);
    const known = (part: string[]) =>
      this.#byWhole.has(words(part.join(' ')).map(nameKey).join(' '));
    for (let k = 2; k <= spaced.length - 2; k++)
      if (known(spaced.slice(0, k)) && known(spaced.slice(k)))
        return this.register(spaced.slice(k).join(' '), title, sentence);
    const key = nameKey(this.surnameOf(name));
    // "Sheikh Tamim" after "Sheikh Tamim bin Hamad Al Thani": a given name used alone.
    const surnamed = bySurname.get(key);
    const given = parts.length === 1 && !surnamed ? byGiven.get(key) : undefined;
    const middle = parts.length === 1 && !surnamed && !given ? this.#byMiddle.get(key) : undefined;
    let person = surnamed ?? given ?? middle ?? undefined;
    if (person) {
      const known = words(person.name).map(nameKey);
      const particle = (p: string) => g.nameParticles.has(foldText(p));
      // Two full names share a person only on the given name or another name part that is not
      // a particle ("Al" in "Tamim bin Hamad Al Thani" and "Mohammed bin Abdulrahman Al Thani").
      // "Kim Ji-won" is not "Kim Seong-ho": where the family name comes first, the given
      // name is what follows it.
      const familyFirst = g.familyFirst.has(foldText(parts[0]!)) && parts.length > 1;
      const given = familyFirst ? parts.slice(1).map(nameKey).join(' ') : nameKey(parts[0]!);
      const knownGiven = familyFirst ? known.slice(1).join(' ') : known[0];
      // "Al-Mahmoud" after "Khalid bin Nasser Al-Mahmoud": a surname with its particle.
      const bare = parts.filter((p) => !particle(p)).length === 1;
      // ("Abdul Wahid X" and "Wahid X" are one name, the shorter the end of the longer; not
      // "Ahmad Mishaal Al-Sabah" and "Mubarak Jaber Al-Ahmad Al-Sabah", two of one family.)
      const mine = parts.map(nameKey);
      const [short, long] = mine.length < known.length ? [mine, known] : [known, mine];
      const nested = long.slice(long.length - short.length).join(' ') === short.join(' ');
      let compatible =
        parts.length === 1 ||
        bare ||
        known.length === 1 ||
        given === knownGiven ||
        (!familyFirst &&
          (nested || Math.min(mine.length, known.length) < 3) &&
          parts.some((p) => !particle(p) && known.includes(nameKey(p)) && nameKey(p) !== key));
      // "General Hassan" after "Energy Minister Nadia bin Hassan": a rank names someone else;
      // so does any other title before a middle name ("King Abdullah" after "President Ali
      // Abdullah Saleh").
      if (
        parts.length === 1 &&
        title &&
        (RANKS.test(title.role) || middle) &&
        person.titles.length &&
        !person.titles.some((t) => t.title.role === title.role)
      )
        compatible = false;
      if (!compatible) person = undefined;
    }
    // "Hassan Sheikh" after "Hassan Sheikh Mohamud", or before it: two or more first words of
    // one name, the rest left out.
    if (!person && parts.length > 1) {
      const mine = parts.map(nameKey);
      // The first person named so (in the order they were met) whose name starts this one,
      // or starts with it.
      const found = [
        g.nameParticles.has(mine.at(-1)!) ? undefined : this.#byLeading.get(mine.join(' ')),
        ...mine
          .slice(2)
          .map((_, k) =>
            g.nameParticles.has(mine[k + 1]!)
              ? undefined
              : this.#byWhole.get(mine.slice(0, k + 2).join(' ')),
          ),
      ].filter((p): p is Person => p !== undefined);
      person =
        found.sort((a, b) => this.#order.get(a)! - this.#order.get(b)!)[0] ??
        this.#byInner.get(mine.join(' ')) ??
        undefined;
      if (person && !bySurname.has(key)) bySurname.set(key, person);
    }
    if (!person) {
      const display =
        parts.length === 1 && title && RANKS.test(title.role) ? `${title.role} ${name}` : name;
      person = { id: '', name: display, aliases: new Set(), titles: [] };
      people.push(person);
      this.#order.set(person, people.length - 1);
      bySurname.set(key, person);
      this.#index(person);
    }
    if (parts.length > words(person.name).length) {
      person.name = name;
      this.#index(person);
    }
    person.aliases.add(name);
    if (parts.length > 1) person.aliases.add(this.surnameOf(name));
    // "Tamim bin Hamad Al Thani" is "Tamim", "Katrin Jonsdottir" "Katrin", after the first
    // mention, when no one else in the article has that given name.
    // Where the family name comes first, the given name closes it: "Manet" after "Hun Manet",
    // "Trong" after "Nguyen Phu Trong".
    if (parts.length > 1) {
      const given = nameKey(g.familyFirst.has(foldText(parts[0]!)) ? parts.at(-1)! : parts[0]!);
      const had = byGiven.get(given);
      byGiven.set(given, had === undefined || had === person ? person : null);
    }
    if (parts.length > 2 && !g.familyFirst.has(foldText(parts[0]!)))
      for (const part of parts.slice(1, -1)) {
        if (g.nameParticles.has(foldText(part))) continue;
        const had = this.#byMiddle.get(nameKey(part));
        this.#byMiddle.set(nameKey(part), had === undefined || had === person ? person : null);
      }
    if (title) person.titles.push({ title, sentence });
    return person;
  }

  /** Files a new or renamed person under #byWhole and #byLeading, and out of the old name's keys. */
  #index(person: Person): void {
    const keys = words(person.name).map(this.nameKey);
    const had = this.#keysOf.get(person);
    const drop = (map: Map<string, Person>, key: string) => {
      if (map.get(key) === person) map.delete(key);
    };
    if (had) {
      drop(this.#byWhole, had.join(' '));
      for (let k = 2; k < had.length; k++) drop(this.#byLeading, had.slice(0, k).join(' '));
    }
    this.#keysOf.set(person, keys);
    if (keys.length < 2) return;
    const add = (map: Map<string, Person>, key: string) => {
      const other = map.get(key);
      if (!other || this.#order.get(other)! > this.#order.get(person)!) map.set(key, person);
    };
    add(this.#byWhole, keys.join(' '));
    for (let k = 2; k < keys.length; k++)
      if (!this.#g.nameParticles.has(keys[k - 1]!))
        add(this.#byLeading, keys.slice(0, k).join(' '));
    for (let from = 1; from < keys.length - 1; from++)
      for (let to = from + 2; to <= keys.length; to++) {
        if (this.#g.nameParticles.has(keys[to - 1]!)) continue;
        const inner = keys.slice(from, to).join(' ');
        const other = this.#byInner.get(inner);
        this.#byInner.set(inner, other === undefined || other === person ? person : null);
      }
  }

  /** Hyphenated pairs of known people ("the Okafor-Mensah talks") are two people, not one. */
  pairOfPeople(name: string): boolean {
    return (
      name.includes('-') &&
      words(name).length === 2 &&
      words(name).every((p) => this.#bySurname.has(this.nameKey(p)))
    );
  }

  /** The person a lone name part stands for: the one last named with it, else by surname or given name. */
  find(word: string, recent: Map<string, Person>): Person | null | undefined {
    const key = this.nameKey(word);
    return (
      recent.get(key) ??
      this.#bySurname.get(key) ??
      this.#byGiven.get(key) ??
      this.#byMiddle.get(key)
    );
  }

  /** Whoever the article gives this office ("the Russian leader", "his Togolese counterpart"). */
  leaderOf(title: Title): Person | undefined {
    const people = this.list;
    // ("the former president" is no sitting president.)
    const holders = people.filter((p) =>
      p.titles.some(
        (t) =>
          Boolean(t.title.former) === Boolean(title.former) &&
          (title.of
            ? t.title.of === title.of &&
              // ("ASEAN's chief": whoever heads the body, under whatever title.)
              (title.leads || GENERIC_HEAD.test(title.role)
                ? t.title.leads
                : t.title.role === title.role)
            : t.title.role === title.role),
      ),
    );
    if (holders.length === 1) return holders[0];
    // "his Togolese counterpart": the one person the article gives a title of that state,
    // its head first.
    if (title.role !== 'Counterpart' || !title.of) return undefined;
    const of = people.filter((p) => p.titles.some((t) => t.title.of === title.of));
    const heads = of.filter((p) => p.titles.some((t) => t.title.of === title.of && t.title.leads));
    return heads.length === 1 ? heads[0] : of.length === 1 ? of[0] : undefined;
  }

  /** Whether someone holds this office with no state or body said ("President X"). */
  holdsBare(role: string): boolean {
    return this.list.some((p) => p.titles.some((t) => t.title.role === role && !t.title.of));
  }
}
