#include "user_prompts.h"

#include <QDialog>
#include <QFileDialog>
#include <QMessageBox>

namespace zanlink {

bool UserPrompts::s_testMode = false;
QString UserPrompts::s_nextFile;
QStringList UserPrompts::s_messages;
std::function<int(QDialog*)> UserPrompts::s_dialogHandler;
bool UserPrompts::s_nextAnswer = true;

bool UserPrompts::confirm(QWidget* parent, const QString& title, const QString& text, bool defaultYes)
{
    if (s_testMode) {
        s_messages << title + u": " + text;
        const bool answer = s_nextAnswer;
        s_nextAnswer = true;
        return answer;
    }
    return QMessageBox::question(
               parent, title, text, QMessageBox::Yes | QMessageBox::No, defaultYes ? QMessageBox::Yes : QMessageBox::No)
        == QMessageBox::Yes;
}

QString UserPrompts::saveFileName(
    QWidget* parent, const QString& caption, const QString& suggested, const QString& filter)
{
    if (s_testMode) {
        const QString f = s_nextFile;
        s_nextFile.clear();
        return f;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

int UserPrompts::runDialog(QDialog* dialog)
{
    if (s_testMode)
        return s_dialogHandler ? s_dialogHandler(dialog) : int(QDialog::Rejected);
    return dialog->exec();
}

void UserPrompts::error(QWidget* parent, const QString& title, const QString& text)
{
    if (s_testMode) {
        s_messages << title + u": " + text;
        return;
    }
    QMessageBox::warning(parent, title, text);
}

void UserPrompts::info(QWidget* parent, const QString& title, const QString& text)
{
    if (s_testMode) {
        s_messages << title + u": " + text;
        return;
    }
    QMessageBox::information(parent, title, text);
}

QString UserPrompts::openFileName(QWidget* parent, const QString& caption, const QString& filter)
{
    if (s_testMode) {
        const QString f = s_nextFile;
        s_nextFile.clear();
        return f;
    }
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

} // namespace zanlink
