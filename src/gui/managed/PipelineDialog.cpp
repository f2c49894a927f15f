#include "gui/managed/PipelineDialog.h"

#include "store/CatalogWorker.h"
#include "ui_PipelineDialog.h"
#include "workflow/ManageImage.h"
#include "workflow/RepositoryFiles.h"
#include "workflow/StarterDockerfile.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace steward::gui {

PipelineDialog::PipelineDialog(std::shared_ptr<store::CatalogWorker> catalog, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PipelineDialog>()), m_generate(nullptr), m_catalog(std::move(catalog))
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("pipelineDialog"));
    setWindowTitle(tr("Generate pipeline"));
    m_generate = m_ui->buttonBox->addButton(tr("&Generate"), QDialogButtonBox::ActionRole);
    m_generate->setObjectName(QStringLiteral("generateButton"));
    m_generate->setDefault(true);
    m_ui->engineCombo->addItem(tr("GitLab CI"), int(workflow::PipelineEngine::GitLab));
    m_ui->engineCombo->addItem(tr("GitHub Actions"), int(workflow::PipelineEngine::GitHub));
    m_ui->engineCombo->addItem(tr("Jenkins"), int(workflow::PipelineEngine::Jenkins));
    m_ui->engineCombo->addItem(tr("Bitbucket Pipelines"), int(workflow::PipelineEngine::Bitbucket));
    m_ui->baseEdit->setText(workflow::defaultKasmBase());
    m_ui->baseEdit->setEnabled(false);
    m_ui->sendToTestCheck->setToolTip(tr("After it tags a build, the job points the image's test twin at the new "
                                         "unique tag, so that the test group gets it; the CI engine then also needs "
                                         "the Kasm API's URL, key and secret"));
    m_ui->pipelineMessage->hide();

    connect(m_ui->dockerfileCheck, &QCheckBox::toggled, m_ui->baseEdit, &QWidget::setEnabled);
    connect(m_ui->browseButton, &QPushButton::clicked, this, &PipelineDialog::chooseFolder);
    connect(m_ui->outEdit, &QLineEdit::textChanged, this, &PipelineDialog::updateGenerateButton);
    connect(m_generate, &QPushButton::clicked, this, &PipelineDialog::generate);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateGenerateButton();

    workflow::managedImages(m_catalog).then(m_work.get(), [this](const Result<QList<store::ManagedImage>> &managed) {
        if (!managed)
            showMessage(tr("The managed images cannot be read: %1").arg(managed.error().message));
        m_managed = managed.value_or(QList<store::ManagedImage>());
        for (const store::ManagedImage &image : std::as_const(m_managed))
            m_ui->imageCombo->addItem(tr("%1 (%2)").arg(image.friendlyName, image.repository), image.imageId);
        if (managed && m_managed.isEmpty())
            showMessage(tr("No managed image yet: manage an image first (Image → Manage…)."));
        setImage(m_wantedImage);
        updateGenerateButton();
        Q_EMIT ready();
    });
}

PipelineDialog::~PipelineDialog() = default;

void PipelineDialog::setImage(const QString &imageId)
{
    m_wantedImage = imageId;
    if (const int row = m_ui->imageCombo->findData(imageId); row >= 0)
        m_ui->imageCombo->setCurrentIndex(row);
}

void PipelineDialog::setOutputFolder(const QString &folder)
{
    m_ui->outEdit->setText(QDir::toNativeSeparators(folder));
}

QString PipelineDialog::message() const
{
    return m_ui->pipelineMessage->text();
}

void PipelineDialog::chooseFolder()
{
    auto *chooser = new QFileDialog(this, tr("The repository that holds the Dockerfile"), m_ui->outEdit->text());
    chooser->setObjectName(QStringLiteral("outputFolderChooser"));
    chooser->setFileMode(QFileDialog::Directory);
    chooser->setOption(QFileDialog::ShowDirsOnly);
    chooser->setAttribute(Qt::WA_DeleteOnClose);
    connect(chooser, &QFileDialog::fileSelected, this, &PipelineDialog::setOutputFolder);
    chooser->open();
}

void PipelineDialog::updateGenerateButton()
{
    m_generate->setEnabled(m_ui->imageCombo->count() > 0 && !m_ui->outEdit->text().trimmed().isEmpty());
}

// What `stewardctl pipeline` writes for the same choices: the engine's files, and the starter Dockerfile if asked.
Result<QList<workflow::PipelineFile>> PipelineDialog::files(const store::ManagedImage &image) const
{
    Result<QList<workflow::PipelineFile>> files = workflow::generatePipeline(image, engine(), options());
    if (!files || !m_ui->dockerfileCheck->isChecked())
        return files;
    Result<workflow::PipelineFile> dockerfile = workflow::starterDockerfile(image, m_ui->baseEdit->text().trimmed());
    if (!dockerfile)
        return fail(dockerfile.error());
    files->append(*dockerfile);
    return files;
}

void PipelineDialog::generate()
{
    const int row = m_ui->imageCombo->currentIndex();
    const QString out = QDir::fromNativeSeparators(m_ui->outEdit->text().trimmed());
    if (row < 0 || row >= m_managed.size() || out.isEmpty())
        return;
    const Result<QList<workflow::PipelineFile>> generated = files(m_managed.at(row));
    if (!generated)
        return showMessage(tr("Nothing was written: %1").arg(generated.error().message));
    QStringList existing;
    for (const workflow::PipelineFile &file : *generated) {
        if (QFileInfo::exists(QDir(out).filePath(file.path)))
            existing << file.path;
    }
    if (existing.isEmpty())
        return write(*generated);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Replace files"),
                                tr("%n file(s) already exist in %1:", nullptr, int(existing.size())).arg(out),
                                QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("overwriteConfirmation"));
    box->setInformativeText(existing.join(QLatin1Char('\n')) + QLatin1Char('\n') +
                            tr("Replacing them loses any changes made to them since they were written."));
    QPushButton *replace = box->addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, replace, files = *generated] {
        if (box->clickedButton() == static_cast<QAbstractButton *>(replace))
            write(files);
        else
            showMessage(tr("Nothing was written."));
    });
    box->open();
}

void PipelineDialog::write(const QList<workflow::PipelineFile> &files)
{
    const QString out = QDir::fromNativeSeparators(m_ui->outEdit->text().trimmed());
    // Any file that exists was confirmed by then, the admin's Dockerfile included.
    const Result<QStringList> written = workflow::writeRepositoryFiles(out, files, true);
    if (!written)
        return showMessage(tr("Not all files were written: %1").arg(written.error().message));
    const store::ManagedImage &image = m_managed.at(m_ui->imageCombo->currentIndex());
    QStringList lines{tr("Wrote:")};
    for (const QString &path : *written)
        lines << QStringLiteral("  ") + QDir::toNativeSeparators(path);
    lines << QString() << secretsToDefine(image);
    m_ui->resultView->setPlainText(lines.join(QLatin1Char('\n')));
    showMessage(QString());
    Q_EMIT this->written(*written);
}

workflow::PipelineEngine PipelineDialog::engine() const
{
    return workflow::PipelineEngine(m_ui->engineCombo->currentData().toInt());
}

workflow::PipelineOptions PipelineDialog::options() const
{
    return workflow::PipelineOptions{.sendToTest = m_ui->sendToTestCheck->isChecked()};
}

// The secrets the files name, as workflow::pipelineSecretVariables lists them for `stewardctl pipeline`. Jenkins binds
// them from credentials, which the admin defines by id, not by variable.
QStringList PipelineDialog::secretsToDefine(const store::ManagedImage &image) const
{
    const QStringList variables = workflow::pipelineSecretVariables(image, options());
    if (variables.isEmpty())
        return {tr("No secret variables: %1 has no registry login, so the pipeline pushes anonymously.")
                    .arg(image.friendlyName)};
    const bool login = variables.contains(workflow::PipelineSecrets::registryUser());
    const bool kasm = variables.contains(workflow::PipelineSecrets::kasmUrl());
    QStringList lines;
    if (engine() == workflow::PipelineEngine::Jenkins) {
        if (login)
            lines << tr("Define in Jenkins a username-with-password credential with the id %1 (the login to %2).")
                         .arg(workflow::PipelineSecrets::jenkinsCredentialsId(), image.loginRegistry);
        if (kasm)
            lines << tr("Define in Jenkins a username-with-password credential with the id %1 (the Kasm API key and "
                        "its secret) and a secret text with the id %2 (the Kasm URL).")
                         .arg(workflow::PipelineSecrets::jenkinsKasmCredentialsId(),
                              workflow::PipelineSecrets::jenkinsKasmUrlCredentialsId());
        return lines;
    }
    if (login && kasm)
        lines << tr("Define these secret variables in %1 (the login to %2, and the Kasm API's URL, key and secret):")
                     .arg(m_ui->engineCombo->currentText(), image.loginRegistry);
    else if (login)
        lines << tr("Define these secret variables in %1 (the login to %2):")
                     .arg(m_ui->engineCombo->currentText(), image.loginRegistry);
    else
        lines << tr("Define these secret variables in %1 (the Kasm API's URL, key and secret):")
                     .arg(m_ui->engineCombo->currentText());
    for (const QString &variable : variables)
        lines << QStringLiteral("  ") + variable;
    return lines;
}

void PipelineDialog::showMessage(const QString &message)
{
    m_ui->pipelineMessage->setText(message);
    m_ui->pipelineMessage->setVisible(!message.isEmpty());
}

} // namespace steward::gui
