#pragma once

#include <QString>
#include <QStringList>
#include <functional>

class QDialog;
class QWidget;

namespace zanlink {

// Message boxes and file choosers behind one seam, so tests can answer them
// without a nested event loop.
class UserPrompts {
public:
    static void error(QWidget* parent, const QString& title, const QString& text);
    static void info(QWidget* parent, const QString& title, const QString& text);
    // A yes/no question; in test mode the answer set with setNextAnswer (default yes).
    static bool confirm(QWidget* parent, const QString& title, const QString& text, bool defaultYes = true);
    static void setNextAnswer(bool yes) { s_nextAnswer = yes; }
    // An empty string when the user cancelled.
    static QString openFileName(QWidget* parent, const QString& caption, const QString& filter);
    // An empty string when the user cancelled; in test mode the next file name.
    static QString saveFileName(
        QWidget* parent, const QString& caption, const QString& suggested, const QString& filter);
    // Runs a modal dialog; in test mode the handler plays the user (no handler: rejected).
    static int runDialog(QDialog* dialog);

    // Tests: answer the next file dialog and keep message boxes off screen.
    static void setTestMode(bool on) { s_testMode = on; }
    static void setNextFileName(const QString& name) { s_nextFile = name; }
    static QStringList& shownMessages() { return s_messages; }
    static void setDialogHandler(std::function<int(QDialog*)> handler) { s_dialogHandler = std::move(handler); }

private:
    static bool s_testMode;
    static QString s_nextFile;
    static QStringList s_messages;
    static std::function<int(QDialog*)> s_dialogHandler;
    static bool s_nextAnswer;
};

} // namespace zanlink
