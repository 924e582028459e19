#pragma once

#include "auth/Actor.h"
#include "tickets/AttachmentService.h"
#include "tickets/TicketCatalog.h"
#include "tickets/TicketDetails.h"
#include "tickets/TicketService.h"
#include "util/Error.h"

#include <QDialog>
#include <QHash>

#include <functional>

#include <memory>

class QDragEnterEvent;
class QDropEvent;
class QWidget;

namespace Ui {
class TicketWindow;
}

class QLabel;

namespace atende {

class Database;

// The ticket screen (Atendimento, seed 004): general data with forward/change, the status along the workflow, the
// three ways to answer (canned reply with preview, manual reply, interaction record per channel), attachments,
// linked tickets, tasks, clone and the history. Every rule is core's (TicketService, AttachmentService): the window
// shows what core answers, highlights the fields core names, and never clears what the agent typed on a refusal.
class TicketWindow : public QDialog {
    Q_OBJECT

public:
    TicketWindow(Database& db, Actor actor, qint64 ticketId, QWidget* parent = nullptr);
    ~TicketWindow() override;

    // False (with the reason shown) when the ticket could not be read.
    bool isLoaded() const { return m_loaded; }
    const TicketDetails& details() const { return m_details; }

    // The actions behind the buttons, public so tests and shortcuts reach them without file dialogs.
    bool saveChanges();
    // Moves the ticket to the status chosen; for a problem being resolved, offers to resolve its incidents.
    bool changeStatus();
    bool sendAnswer();
    bool cloneTicket();
    bool linkSelected();
    bool addTask();
    // Attaches files to the ticket (or, on the Answer tab, to the answer being written). Large files are read and
    // stored on a worker thread; `attachmentsChanged` tells when they are in.
    void addFiles(const QStringList& paths);
    // A copied image becomes a PNG attachment; copied files are attached as files.
    bool pasteFromClipboard();
    bool saveAttachmentTo(qint64 attachmentId, const QString& path);
    // Reads the ticket again; the fields the agent changed since the last read keep what was typed.
    void reload();
    // Team mode: another workstation changed this ticket (ChangeListener). Shows a bar saying so, with a link that
    // reloads keeping the typing; nothing on the form changes by itself.
    void noticeChangedElsewhere(qint64 ticketId);
    bool isChangedElsewhereShown() const;
    // The fields highlighted by the last refusal (stable names: "solution", "sub_subject_id"...).
    QStringList highlightedFields() const { return m_highlighted; }

signals:
    // A background attachment finished (ok or refused).
    void attachmentsChanged();
    // A ticket was cloned: its id (the main window may open it).
    void ticketCloned(qint64 newTicketId);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    struct PendingFile {
        QString fileName;
        QString mimeType;
        QByteArray data;
    };

    bool load();
    bool resolveProblemAndIncidents();
    void fillCatalog();
    void fillForm(const Ticket& ticket);
    void fillSubSubjects(std::optional<qint64> selected);
    void fillStatus();
    void fillLists();
    void fillLinkable();
    void updatePriority();
    void updateMandatoryMarks();
    void updateCannedPreview();
    void updateAnswerDefaults();
    void updateButtons();
    // The ticket as the form has it (the loaded one with the editable fields replaced).
    Ticket editedTicket() const;
    // Shows a refusal: the mandatory-field popup (one message, inputs highlighted, the first focused), the
    // "changed by another user" conflict with a reload that keeps the typing, or core's message.
    void showRefusal(const QString& title, const Error& error);
    // The save hit a newer version: the merge dialog (ConflictMergeDialog) over TicketConflictMerge, until the merge
    // is saved (true) or the agent cancels (false, the form unchanged).
    bool mergeWithCurrent(Ticket edited);
    void highlight(const QStringList& fields);
    void clearHighlights();
    QWidget* widgetFor(const QString& field) const;
    void addAnswerFile(const QString& fileName, const QString& mimeType, const QByteArray& data);
    bool attachNow(const QString& fileName, const QString& mimeType, const QByteArray& data);
    void attachInBackground(const QString& path);
    void openAttachment();
    void saveAttachmentAs();
    std::optional<qint64> selectedAttachmentId() const;
    // Writes the attachment to `path` (a worker writes large ones) and then calls `whenWritten`.
    bool writeAttachment(qint64 attachmentId, const QString& path, std::function<void()> whenWritten);
    void unlinkSelected();
    void toggleSelectedTask();

    std::unique_ptr<Ui::TicketWindow> m_ui;
    Database& m_db;
    Actor m_actor;
    qint64 m_ticketId = 0;
    QLabel* m_changedElsewhereLabel = nullptr;
    TicketService m_tickets;
    TicketCatalog m_catalog;
    AttachmentService m_attachments;
    TicketDetails m_details;
    QList<SubjectRules> m_subjects;
    QList<CannedReply> m_canned;
    QString m_cannedPreview; // the text the preview shows; empty when it could not be made
    QList<PendingFile> m_answerFiles;
    QStringList m_highlighted;
    bool m_loaded = false;
    bool m_filling = false;
};

} // namespace atende
