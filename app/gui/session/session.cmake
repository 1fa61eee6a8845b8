# Reader tabs, session restore, themes, print preview.
