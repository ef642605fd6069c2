"""Matchers for organisation names, one concern per module.

`walker.org_at` reads a name from its head noun; the pieces it uses live
beside their data: head nouns (`heads`), descriptor phrases (`descriptors`),
place phrases that end a name (`place_phrase`), gazetteer lookups (`known`)
and the rules for personal names inside organisation names (`person_names`).
`extractors.organizations` is the pipeline component built on them.
"""
