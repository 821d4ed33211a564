# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'session_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QSpinBox,
    QVBoxLayout, QWidget)

class Ui_SessionDialog(object):
    def setupUi(self, SessionDialog):
        if not SessionDialog.objectName():
            SessionDialog.setObjectName(u"SessionDialog")
        SessionDialog.resize(480, 460)
        self.mainLayout = QVBoxLayout(SessionDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(SessionDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.generalError = QLabel(SessionDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setVisible(False)
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"error", True)

        self.mainLayout.addWidget(self.generalError)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.formLayout.setVerticalSpacing(8)
        self.assignmentLabel = QLabel(SessionDialog)
        self.assignmentLabel.setObjectName(u"assignmentLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.assignmentLabel)

        self.assignmentBox = QVBoxLayout()
        self.assignmentBox.setSpacing(2)
        self.assignmentBox.setObjectName(u"assignmentBox")
        self.assignmentCombo = QComboBox(SessionDialog)
        self.assignmentCombo.setObjectName(u"assignmentCombo")

        self.assignmentBox.addWidget(self.assignmentCombo)

        self.assignmentError = QLabel(SessionDialog)
        self.assignmentError.setObjectName(u"assignmentError")
        self.assignmentError.setVisible(False)
        self.assignmentError.setWordWrap(True)
        self.assignmentError.setProperty(u"error", True)

        self.assignmentBox.addWidget(self.assignmentError)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.assignmentBox)

        self.heldLabel = QLabel(SessionDialog)
        self.heldLabel.setObjectName(u"heldLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.heldLabel)

        self.heldBox = QVBoxLayout()
        self.heldBox.setSpacing(2)
        self.heldBox.setObjectName(u"heldBox")
        self.heldEdit = QDateEdit(SessionDialog)
        self.heldEdit.setObjectName(u"heldEdit")
        self.heldEdit.setCalendarPopup(True)
        self.heldEdit.setDisplayFormat(u"dd/MM/yyyy")

        self.heldBox.addWidget(self.heldEdit)

        self.heldError = QLabel(SessionDialog)
        self.heldError.setObjectName(u"heldError")
        self.heldError.setVisible(False)
        self.heldError.setWordWrap(True)
        self.heldError.setProperty(u"error", True)

        self.heldBox.addWidget(self.heldError)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.heldBox)

        self.durationLabel = QLabel(SessionDialog)
        self.durationLabel.setObjectName(u"durationLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.durationLabel)

        self.durationBox = QVBoxLayout()
        self.durationBox.setSpacing(2)
        self.durationBox.setObjectName(u"durationBox")
        self.durationSpin = QSpinBox(SessionDialog)
        self.durationSpin.setObjectName(u"durationSpin")
        self.durationSpin.setMinimum(5)
        self.durationSpin.setMaximum(600)
        self.durationSpin.setSingleStep(15)

        self.durationBox.addWidget(self.durationSpin)

        self.durationError = QLabel(SessionDialog)
        self.durationError.setObjectName(u"durationError")
        self.durationError.setVisible(False)
        self.durationError.setWordWrap(True)
        self.durationError.setProperty(u"error", True)

        self.durationBox.addWidget(self.durationError)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.durationBox)

        self.topicsLabel = QLabel(SessionDialog)
        self.topicsLabel.setObjectName(u"topicsLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.topicsLabel)

        self.topicsBox = QVBoxLayout()
        self.topicsBox.setSpacing(2)
        self.topicsBox.setObjectName(u"topicsBox")
        self.topicsEdit = QLineEdit(SessionDialog)
        self.topicsEdit.setObjectName(u"topicsEdit")
        self.topicsEdit.setPlaceholderText(u"Pr\u00e9visionnel financier")

        self.topicsBox.addWidget(self.topicsEdit)

        self.topicsError = QLabel(SessionDialog)
        self.topicsError.setObjectName(u"topicsError")
        self.topicsError.setVisible(False)
        self.topicsError.setWordWrap(True)
        self.topicsError.setProperty(u"error", True)

        self.topicsBox.addWidget(self.topicsError)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.topicsBox)

        self.ratingMentorLabel = QLabel(SessionDialog)
        self.ratingMentorLabel.setObjectName(u"ratingMentorLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.ratingMentorLabel)

        self.ratingMentorBox = QVBoxLayout()
        self.ratingMentorBox.setSpacing(2)
        self.ratingMentorBox.setObjectName(u"ratingMentorBox")
        self.ratingMentorCombo = QComboBox(SessionDialog)
        self.ratingMentorCombo.setObjectName(u"ratingMentorCombo")

        self.ratingMentorBox.addWidget(self.ratingMentorCombo)

        self.ratingMentorError = QLabel(SessionDialog)
        self.ratingMentorError.setObjectName(u"ratingMentorError")
        self.ratingMentorError.setVisible(False)
        self.ratingMentorError.setWordWrap(True)
        self.ratingMentorError.setProperty(u"error", True)

        self.ratingMentorBox.addWidget(self.ratingMentorError)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.ratingMentorBox)

        self.ratingStartupLabel = QLabel(SessionDialog)
        self.ratingStartupLabel.setObjectName(u"ratingStartupLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ratingStartupLabel)

        self.ratingStartupBox = QVBoxLayout()
        self.ratingStartupBox.setSpacing(2)
        self.ratingStartupBox.setObjectName(u"ratingStartupBox")
        self.ratingStartupCombo = QComboBox(SessionDialog)
        self.ratingStartupCombo.setObjectName(u"ratingStartupCombo")

        self.ratingStartupBox.addWidget(self.ratingStartupCombo)

        self.ratingStartupError = QLabel(SessionDialog)
        self.ratingStartupError.setObjectName(u"ratingStartupError")
        self.ratingStartupError.setVisible(False)
        self.ratingStartupError.setWordWrap(True)
        self.ratingStartupError.setProperty(u"error", True)

        self.ratingStartupBox.addWidget(self.ratingStartupError)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.ratingStartupBox)

        self.notesLabel = QLabel(SessionDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesBox = QVBoxLayout()
        self.notesBox.setSpacing(2)
        self.notesBox.setObjectName(u"notesBox")
        self.notesEdit = QPlainTextEdit(SessionDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 70))
        self.notesEdit.setTabChangesFocus(True)

        self.notesBox.addWidget(self.notesEdit)

        self.notesError = QLabel(SessionDialog)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setVisible(False)
        self.notesError.setWordWrap(True)
        self.notesError.setProperty(u"error", True)

        self.notesBox.addWidget(self.notesError)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.notesBox)


        self.mainLayout.addLayout(self.formLayout)

        self.buttonBox = QDialogButtonBox(SessionDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.assignmentLabel.setBuddy(self.assignmentCombo)
        self.heldLabel.setBuddy(self.heldEdit)
        self.durationLabel.setBuddy(self.durationSpin)
        self.topicsLabel.setBuddy(self.topicsEdit)
        self.ratingMentorLabel.setBuddy(self.ratingMentorCombo)
        self.ratingStartupLabel.setBuddy(self.ratingStartupCombo)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.assignmentCombo, self.heldEdit)
        QWidget.setTabOrder(self.heldEdit, self.durationSpin)
        QWidget.setTabOrder(self.durationSpin, self.topicsEdit)
        QWidget.setTabOrder(self.topicsEdit, self.ratingMentorCombo)
        QWidget.setTabOrder(self.ratingMentorCombo, self.ratingStartupCombo)
        QWidget.setTabOrder(self.ratingStartupCombo, self.notesEdit)

        self.retranslateUi(SessionDialog)
        self.buttonBox.rejected.connect(SessionDialog.reject)

        QMetaObject.connectSlotsByName(SessionDialog)
    # setupUi

    def retranslateUi(self, SessionDialog):
        SessionDialog.setWindowTitle(QCoreApplication.translate("SessionDialog", u"Mentoring session", None))
        self.summaryLabel.setText("")
        self.assignmentLabel.setText(QCoreApplication.translate("SessionDialog", u"&Pair", None))
#if QT_CONFIG(tooltip)
        self.assignmentCombo.setToolTip(QCoreApplication.translate("SessionDialog", u"The startup and its mentor", None))
#endif // QT_CONFIG(tooltip)
        self.heldLabel.setText(QCoreApplication.translate("SessionDialog", u"&Date", None))
#if QT_CONFIG(tooltip)
        self.heldEdit.setToolTip(QCoreApplication.translate("SessionDialog", u"Day of the session", None))
#endif // QT_CONFIG(tooltip)
        self.durationLabel.setText(QCoreApplication.translate("SessionDialog", u"D&uration", None))
#if QT_CONFIG(tooltip)
        self.durationSpin.setToolTip(QCoreApplication.translate("SessionDialog", u"Length of the session in minutes", None))
#endif // QT_CONFIG(tooltip)
        self.durationSpin.setSuffix(QCoreApplication.translate("SessionDialog", u" min", None))
        self.topicsLabel.setText(QCoreApplication.translate("SessionDialog", u"&Topics", None))
#if QT_CONFIG(tooltip)
        self.topicsEdit.setToolTip(QCoreApplication.translate("SessionDialog", u"What was worked on", None))
#endif // QT_CONFIG(tooltip)
        self.ratingMentorLabel.setText(QCoreApplication.translate("SessionDialog", u"&Mentor's rating", None))
#if QT_CONFIG(tooltip)
        self.ratingMentorCombo.setToolTip(QCoreApplication.translate("SessionDialog", u"How the mentor rates the session (1 to 5)", None))
#endif // QT_CONFIG(tooltip)
        self.ratingStartupLabel.setText(QCoreApplication.translate("SessionDialog", u"&Startup's rating", None))
#if QT_CONFIG(tooltip)
        self.ratingStartupCombo.setToolTip(QCoreApplication.translate("SessionDialog", u"How the startup rates the mentor's help (1 to 5)", None))
#endif // QT_CONFIG(tooltip)
        self.notesLabel.setText(QCoreApplication.translate("SessionDialog", u"&Notes", None))
    # retranslateUi

