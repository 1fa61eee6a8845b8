#pragma once

#include "corpus/language.h"
#include "workshop/trainer_note.h"

#include <QWidget>

class QLabel;
class QTextBrowser;

namespace zanlink {

class LibraryStore;
class WorkshopStore;

// A projector view: one provision of a prepared list at a time, in large
// type, in one language or kk | ru | en side by side (rows aligned by key),
// with the citation of what is shown (act, provision, language, edition
// date) in the footer.
//
// Keys: Right, Space, PageDown next; Left, PageUp previous; Home, End first
// and last; Ctrl+= / Ctrl++ larger, Ctrl+- smaller, Ctrl+0 usual size;
// 1 kk, 2 ru, 3 en, 4 side by side; H high contrast (white on black);
// F11 full screen on and off; Esc leaves full screen, else closes;
// N shows or hides the trainer's notes on the provision shown (the trainer's
// own and those of imported packs) in a strip above the footer. The strip is
// hidden when the view opens, so the projector shows it only when chosen.
class PresentationView : public QWidget {
    Q_OBJECT
public:
    static constexpr int kBasePointSize = 26;

    explicit PresentationView(LibraryStore& library, QWidget* parent = nullptr);

    void setTitle(const QString& title);
    void setItems(const QList<PackProvisionRef>& items);
    QList<PackProvisionRef> items() const { return m_items; }
    // One language, or all three side by side.
    void setLanguages(const QList<Language>& languages);
    QList<Language> languages() const { return m_languages; }

    int currentIndex() const { return m_index; }
    void setCurrentIndex(int index);
    int pointSize() const { return m_pointSize; }
    void setPointSize(int points);
    bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool on);

    // Where the trainer's notes come from; null: none are shown.
    void setWorkshopStore(WorkshopStore* store);
    bool notesShown() const { return m_notesShown; }
    void setNotesShown(bool shown);
    // The notes strip's text (also while it is hidden).
    QString notesText() const;

    // What the footer says about the provision shown, one line per language.
    QString citationText() const;
    // The HTML shown for the current provision.
    QString currentHtml() const;

public Q_SLOTS:
    void next();
    void previous();
    void first();
    void last();
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void toggleFullScreen();
    void toggleNotes();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void render();
    void applyColours();
    void renderNotes();
    void fitNotes();

    LibraryStore& m_library;
    QList<PackProvisionRef> m_items;
    QList<Language> m_languages { Language::Ru };
    int m_index = 0;
    int m_pointSize = kBasePointSize;
    bool m_highContrast = false;
    QString m_title;
    QLabel* m_header = nullptr;
    QTextBrowser* m_text = nullptr;
    QLabel* m_footer = nullptr;
    QTextBrowser* m_notes = nullptr;
    WorkshopStore* m_workshop = nullptr;
    bool m_notesShown = false;
    QString m_html;
};

} // namespace zanlink
