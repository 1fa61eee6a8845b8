# Spell-check in notes and drafts (Hunspell): the red wavy underline and the
# right-click suggestions of any text editor.
target_sources(zanlink_gui PRIVATE
  spell/spell_highlighter.h spell/spell_highlighter.cpp
  spell/spell_field.h spell/spell_field.cpp
)
target_link_libraries(zanlink_gui PUBLIC zanlink_spell)
