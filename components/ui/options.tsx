/**
 * The <option>s of a select: `[value, label]` pairs, or rows with an id and a title (decks). One place for the
 * list that deck pickers and filters repeat.
 */
export function Options({ options }: { options: ReadonlyArray<readonly [value: string, label: string] | { id: string; title: string }> }) {
  return (
    <>
      {options.map((o) => {
        const [value, label] = "id" in o ? [o.id, o.title] : o;
        return (
          <option key={value} value={value}>
            {label}
          </option>
        );
      })}
    </>
  );
}
