// The two fixture writers ship no types; anki-fixtures.ts narrows what it uses.
declare module "anki-apkg-export";
declare module "zstd-codec";
