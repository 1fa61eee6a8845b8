// Offscreen tests of drafting from a case: the wizard prefilled from the case,
// fields per language for the bilingual form, provisions added and pinned, the
// check, the preview with "why is this here", saving as DOCX, the draft kept
// with the case (undoable), the next step of a chain, drafts under the
// provisions they cite, and a broken template named with its line. All data is
// fictional.
#include "screenshot.h"
#include "../store/refs_fixture.h"
#include "cases/case_drafts_panel.h"
#include "cases/case_page.h"
#include "cases/case_store.h"
#include "cases/cases_citing_panel.h"
#include "drafting/draft_check_page.h"
#include "drafting/draft_citations_page.h"
#include "drafting/draft_fields_page.h"
#include "drafting/draft_preview_page.h"
#include "drafting/draft_session.h"
#include "drafting/draft_wizard.h"
#include "ui_language.h"
#include "user_prompts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>

using namespace zanlink;
using namespace zanlink::testing;

namespace {

qint64 fictionalCase(CaseStore& store)
{
    QString error;
    CaseRecord r;
    r.title = QStringLiteral("Вымышленное дело: видео о ребенке");
    r.kind = CaseKind::ChildCyberbullying;
    const qint64 id = *store.saveCase(r, &error);
    Party mother;
    mother.caseId = id;
    mother.role = PartyRole::Applicant;
    mother.name = QStringLiteral("Айгерим Вымышленная");
    store.saveParty(mother, &error);
    Party child = mother;
    child.name = QStringLiteral("А. В.");
    child.isChild = true;
    store.saveParty(child, &error);
    Party rep;
    rep.caseId = id;
    rep.role = PartyRole::PlatformRepresentative;
    rep.kind = PartyKind::Organisation;
    rep.name = QStringLiteral("ТОО «Вымышленная платформа»");
    store.saveParty(rep, &error);
    ContentItem v;
    v.caseId = id;
    v.url = QStringLiteral("https://video.example/@fictional/video/123");
    store.saveContentItem(v, &error);
    CaseEvent e;
    e.caseId = id;
    e.atUtc = QDateTime(QDate(2026, 3, 2), QTime(9, 0), Qt::UTC);
    e.description = QStringLiteral("Опубликовано видео с ребенком");
    store.saveEvent(e, &error);
    return id;
}

template <typename T> T* child(QWidget* w, const char* name)
{
    return w->findChild<T*>(QString::fromLatin1(name));
}

} // namespace

class TestDraftWizard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        UserPrompts::setTestMode(true);
        UiLanguage::apply(Language::En);
        QVERIFY(m_dir.isValid());
        QString error;
        QVERIFY2(m_library.open(m_dir.filePath(QStringLiteral("library.sqlite")), &error), qPrintable(error));
        QVERIFY(importRefsFixture(m_library));
        QVERIFY2(m_cases.open(m_dir.filePath(QStringLiteral("cases.sqlite")), &error), qPrintable(error));
        m_caseId = fictionalCase(m_cases);
        QDir(userTemplateFolder()).removeRecursively();
    }

    void aBilingualRequestFromTheCase()
    {
        CasePage page(m_cases, m_library);
        page.resize(1200, 760);
        page.showCase(m_caseId);
        page.show();
        const QString docx = m_dir.filePath(QStringLiteral("request.docx"));
        bool driven = false;
        UserPrompts::setDialogHandler([&](QDialog* d) {
            auto* wizard = qobject_cast<DraftWizard*>(d);
            if (!wizard)
                return int(QDialog::Rejected);
            wizard->resize(1100, 760);
            wizard->show();
            // 1. Type and language: the case's kind suggests the complaint; choose the removal request, kk+ru.
            auto* types = child<QListWidget>(wizard, "draftTypes");
            if (types->currentItem()->data(Qt::UserRole).toString() != u"cyberbullying-complaint")
                return int(QDialog::Rejected);
            for (int i = 0; i < types->count(); ++i) {
                if (types->item(i)->data(Qt::UserRole).toString() == u"removal-request")
                    types->setCurrentRow(i);
            }
            auto* lang = child<QComboBox>(wizard, "draftLanguage");
            lang->setCurrentIndex(lang->findData(QStringLiteral("kk+ru")));
            child<QLineEdit>(wizard, "draftTitle")->setText(QStringLiteral("Запрос платформе"));
            wizard->next();

            // 2. Fields, prefilled from the case; the wording per language.
            DraftFieldsPage* fields = wizard->fieldsPage();
            if (wizard->currentPage() != fields)
                return int(QDialog::Rejected);
            auto* issuer = qobject_cast<QLineEdit*>(fields->editor(QStringLiteral("issuer")));
            if (issuer->text() != u"Айгерим Вымышленная")
                return int(QDialog::Rejected);
            auto* facts = qobject_cast<QPlainTextEdit*>(fields->editor(QStringLiteral("facts")));
            if (!facts->toPlainText().contains(u"Опубликовано видео с ребенком"))
                return int(QDialog::Rejected);
            auto* wording = child<QComboBox>(wizard, "draftWording");
            auto* action = qobject_cast<QLineEdit*>(fields->editor(QStringLiteral("actionRequested")));
            action->setText(QStringLiteral("видеоны жою (қиялдағы)"));
            wording->setCurrentIndex(wording->findData(QStringLiteral("ru")));
            Q_EMIT wording->activated(wording->currentIndex());
            if (!action->text().isEmpty() && action->text() == u"видеоны жою (қиялдағы)")
                return int(QDialog::Rejected); // the Russian wording is its own
            action->setText(QStringLiteral("удалить видео (вымышленное)"));
            saveShot(*wizard, QStringLiteral("draft-fields.png"));
            wizard->next();

            // 3. Provisions: one typed as in Ctrl+K, added in both languages and pinned.
            DraftCitationsPage* cites = wizard->citationsPage();
            const int before = cites->list()->topLevelItemCount();
            if (cites->addTyped(QStringLiteral("nothing at all 999")))
                return int(QDialog::Rejected);
            if (!child<QLabel>(wizard, "draftCitationMessage")->text().contains(u"names no provision"))
                return int(QDialog::Rejected);
            if (!cites->addTyped(QStringLiteral("Z9900000003 2 1")))
                return int(QDialog::Rejected);
            if (cites->list()->topLevelItemCount() != before + 2)
                return int(QDialog::Rejected);
            QTreeWidgetItem* last = cites->list()->topLevelItem(before + 1);
            if (last->text(4) != u"present" || last->text(2) == u"not pinned")
                return int(QDialog::Rejected);
            last->setCheckState(3, Qt::Checked); // quote its text
            wizard->next();

            // 4. The check lists what is missing; final only when nothing is.
            DraftCheckPage* check = wizard->checkPage();
            if (check->list()->topLevelItemCount() == 0 || check->finalBox()->isEnabled())
                return int(QDialog::Rejected);
            saveShot(*wizard, QStringLiteral("draft-check.png"));
            wizard->next();

            // 5. Preview: two columns, every paragraph traced.
            DraftPreviewPage* preview = wizard->previewPage();
            if (!preview->document() || !preview->document()->twoColumns)
                return int(QDialog::Rejected);
            const QList<ParagraphTrace>& traces = preview->traces();
            int request = -1;
            for (int i = 0; i < traces.size(); ++i) {
                if (traces.at(i).part == u"request" && traces.at(i).language == Language::Ru)
                    request = i;
            }
            if (request < 0)
                return int(QDialog::Rejected);
            int quoted = -1;
            for (int i = 0; i < traces.size(); ++i) {
                if (traces.at(i).part == u"basis" && traces.at(i).citations.value(0).actId == kRefsAct
                    && traces.at(i).language == Language::Ru)
                    quoted = i;
            }
            preview->showTrace(quoted);
            // The cited edition with its date, language and official link.
            const QString cited = preview->traceView()->toPlainText();
            if (!cited.contains(u"01.06.2099") || !cited.contains(u"https://adilet.zan.kz/rus/docs/Z9900000003"))
                return int(QDialog::Rejected);
            preview->showTrace(request);
            const QString why = preview->traceView()->toPlainText();
            if (!why.contains(u"Action asked for: удалить видео (вымышленное)") || !why.contains(u"ru/removal-request"))
                return int(QDialog::Rejected);
            saveShot(*wizard, QStringLiteral("draft-preview.png"));
            UserPrompts::setNextFileName(docx);
            child<QPushButton>(wizard, "draftSaveAs")->click();
            driven = true;
            wizard->accept();
            return wizard->result();
        });
        page.drafts()->newDraft();
        UserPrompts::setDialogHandler({});
        QVERIFY(driven);
        QVERIFY(QFileInfo(docx).size() > 1000);

        // Kept with the case: type, language, wording per language, pinned provisions.
        CaseFile file = *m_cases.caseFile(m_caseId);
        QCOMPARE(file.drafts.size(), 1);
        const CaseDraft saved = file.drafts.first();
        QCOMPARE(saved.type, QStringLiteral("removal-request"));
        QCOMPARE(saved.language, QStringLiteral("kk+ru"));
        QCOMPARE(saved.title, QStringLiteral("Запрос платформе"));
        QVERIFY(!saved.final);
        QVERIFY(saved.fieldsJson.contains(u"видеоны жою (қиялдағы)"));
        QVERIFY(saved.fieldsJson.contains(u"удалить видео (вымышленное)"));
        int pinned = 0;
        for (const DraftCitation& c : saved.citations) {
            if (c.actId == kRefsAct && c.key == u"2/1") {
                QVERIFY(c.editionDate.isValid());
                pinned += 1;
                if (c.language == Language::Ru)
                    QVERIFY(c.quote);
            }
        }
        QCOMPARE(pinned, 2);
        QCOMPARE(page.drafts()->list()->topLevelItemCount(), 1);

        // Undo and redo saving it.
        page.undoStack()->undo();
        QCOMPARE(m_cases.caseFile(m_caseId)->drafts.size(), 0);
        page.undoStack()->redo();
        QCOMPARE(m_cases.caseFile(m_caseId)->drafts.size(), 1);

        // Listed under the provision it cites, beside notes.
        CasesCitingPanel citing(m_cases);
        citing.showFor(kRefsAct, QStringLiteral("2"));
        auto* rows = citing.findChild<QTreeWidget*>(QStringLiteral("casesCitingList"));
        QVERIFY(rows->topLevelItemCount() >= 1);
        QVERIFY(rows->topLevelItem(0)->text(1).contains(u"Запрос платформе"));
    }

    void theNextStepOfAChain()
    {
        CasePage page(m_cases, m_library);
        page.showCase(m_caseId);
        const CaseDraft first = m_cases.caseFile(m_caseId)->drafts.first();
        UserPrompts::setDialogHandler([&](QDialog* d) {
            auto* wizard = qobject_cast<DraftWizard*>(d);
            if (!wizard)
                return int(QDialog::Rejected);
            wizard->show();
            // It follows the first, in its language, as a restoration request.
            if (child<QComboBox>(wizard, "draftFollows")->currentData().toLongLong() != first.id)
                return int(QDialog::Rejected);
            if (child<QComboBox>(wizard, "draftLanguage")->currentData().toString() != u"kk+ru")
                return int(QDialog::Rejected);
            wizard->next();
            auto* attachments = qobject_cast<QPlainTextEdit*>(wizard->fieldsPage()->editor(u"attachments"_qs));
            if (!attachments->toPlainText().contains(u"Запрос платформе"))
                return int(QDialog::Rejected);
            for (int i = 0; i < 4 && wizard->currentId() != DraftWizard::PreviewPage; ++i)
                wizard->next();
            wizard->accept();
            return wizard->result();
        });
        page.drafts()->newDraft(first.id, RequestType::RestorationRequest);
        UserPrompts::setDialogHandler({});
        CaseFile file = *m_cases.caseFile(m_caseId);
        QCOMPARE(file.drafts.size(), 2);
        const CaseDraft next = file.drafts.last();
        QCOMPARE(next.parentId, first.id);
        QCOMPARE(next.type, QStringLiteral("restoration-request"));
        // The chain is a tree in the list.
        QTreeWidget* list = page.drafts()->list();
        QCOMPARE(list->topLevelItemCount(), 1);
        QCOMPARE(list->topLevelItem(0)->childCount(), 1);

        // Deleting the first keeps the next; undo links them again.
        list->setCurrentItem(list->topLevelItem(0));
        page.drafts()->deleteSelected();
        QCOMPARE(m_cases.draft(next.id)->parentId, 0);
        QCOMPARE(list->topLevelItemCount(), 1);
        page.undoStack()->undo();
        file = *m_cases.caseFile(m_caseId);
        QCOMPARE(file.drafts.size(), 2);
        QCOMPARE(m_cases.draft(next.id)->parentId, file.drafts.first().id == next.id ? file.drafts.last().id
                                                                                     : file.drafts.first().id);
        QCOMPARE(page.drafts()->list()->topLevelItem(0)->childCount(), 1);
    }

    void openingASavedDraftKeepsItsValues()
    {
        CasePage page(m_cases, m_library);
        page.showCase(m_caseId);
        QTreeWidget* list = page.drafts()->list();
        list->setCurrentItem(list->topLevelItem(0));
        const int audit = static_cast<int>(m_cases.audit(m_caseId).size());
        QString seen;
        UserPrompts::setDialogHandler([&](QDialog* d) {
            auto* wizard = qobject_cast<DraftWizard*>(d);
            if (!wizard)
                return int(QDialog::Rejected);
            wizard->show();
            wizard->next();
            seen = qobject_cast<QLineEdit*>(wizard->fieldsPage()->editor(u"actionRequested"_qs))->text();
            for (int i = 0; i < 4 && wizard->currentId() != DraftWizard::PreviewPage; ++i)
                wizard->next();
            wizard->accept();
            return wizard->result();
        });
        page.drafts()->openSelected();
        UserPrompts::setDialogHandler({});
        QCOMPARE(seen, QStringLiteral("видеоны жою (қиялдағы)"));
        QCOMPARE(m_cases.audit(m_caseId).size(), audit); // nothing changed, nothing written
    }

    void aBrokenTemplateIsNamedWithItsLine()
    {
        const QString folder = userTemplateFolder() + QStringLiteral("/en");
        QVERIFY(QDir().mkpath(folder));
        QFile f(folder + QStringLiteral("/removal-request.mustache"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<h part=\"title\">REQUEST</h>\n<p part=\"intro\">{{#facts}}never closed</p>\n");
        f.close();
        CaseFile file = *m_cases.caseFile(m_caseId);
        DraftWizard wizard(file, &m_library, RequestType::RemovalRequest, 0);
        auto* lang = child<QComboBox>(&wizard, "draftLanguage");
        wizard.show();
        lang->setCurrentIndex(lang->findData(QStringLiteral("en")));
        for (int i = 0; i < 4; ++i)
            wizard.next();
        QCOMPARE(wizard.currentId(), int(DraftWizard::PreviewPage));
        const QString message = child<QLabel>(&wizard, "draftRenderError")->text();
        QDir(userTemplateFolder()).removeRecursively();
        QVERIFY2(message.contains(u"en/removal-request, line 2"), qPrintable(message));
        QVERIFY(!wizard.previewPage()->document());
    }

private:
    QTemporaryDir m_dir;
    LibraryStore m_library;
    CaseStore m_cases;
    qint64 m_caseId = 0;
};

QTEST_MAIN(TestDraftWizard)
#include "tst_draft_wizard.moc"
