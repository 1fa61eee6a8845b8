# Spell-check in notes and drafts (Hunspell).
