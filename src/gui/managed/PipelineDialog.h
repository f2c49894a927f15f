#pragma once

#include "core/Result.h"
#include "gui/common/PendingWork.h"
#include "store/ManagedImages.h"
#include "workflow/Pipeline.h"

#include <QDialog>

#include <memory>

class QPushButton;

namespace Ui {
class PipelineDialog;
}

namespace steward::store {
class CatalogWorker;
}

namespace steward::gui {

// Writes a managed image's scheduled build pipeline into a repository folder, as `stewardctl pipeline` does (form
// ui/managed/PipelineDialog.ui): the managed image ("imageCombo"), the CI engine ("engineCombo"), the folder
// ("outEdit", or "browseButton" for a folder chooser), optionally a starter Dockerfile ("dockerfileCheck") on a base
// image ("baseEdit"), and optionally a send-to-test step after the tagging ("sendToTestCheck", as `stewardctl pipeline
// --send-to-test`). Generate ("generateButton") lists the files written and the secrets the admin must define in the
// CI engine (workflow::pipelineSecretVariables: the registry login's, and the Kasm API's for send-to-test) in
// "resultView". A file that already exists is replaced only after the admin agrees
// ("overwriteConfirmation"); a refusal or an error shows in "pipelineMessage".
//
// The files come from workflow::generatePipeline and workflow::starterDockerfile (pure); they are a few kilobytes,
// written with workflow::writeRepositoryFiles on this thread.
class PipelineDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelineDialog)

public:
    // Reads the managed images from `catalog` at once.
    explicit PipelineDialog(std::shared_ptr<store::CatalogWorker> catalog, QWidget *parent = nullptr);
    ~PipelineDialog() override;

    // Chooses the managed image `imageId`, now or once the managed images are read.
    void setImage(const QString &imageId);
    void setOutputFolder(const QString &folder);
    QString message() const;

Q_SIGNALS:
    // The managed images were read (or could not be): the form can be used.
    void ready();
    // The files were written (absolute paths).
    void written(const QStringList &paths);

private:
    void chooseFolder();
    void generate();
    void write(const QList<workflow::PipelineFile> &files);
    Result<QList<workflow::PipelineFile>> files(const store::ManagedImage &image) const;
    workflow::PipelineEngine engine() const;
    workflow::PipelineOptions options() const;
    QStringList secretsToDefine(const store::ManagedImage &image) const;
    void showMessage(const QString &message);
    void updateGenerateButton();

    std::unique_ptr<Ui::PipelineDialog> m_ui;
    QPushButton *m_generate;
    std::shared_ptr<store::CatalogWorker> m_catalog;
    QList<store::ManagedImage> m_managed;
    QString m_wantedImage;
    // Last: it goes first, and with it every continuation still pending (see PendingWork).
    std::unique_ptr<PendingWork> m_work = std::make_unique<PendingWork>();
};

} // namespace steward::gui
