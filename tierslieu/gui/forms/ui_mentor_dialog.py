# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'mentor_dialog.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QCheckBox, QComboBox,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QListView, QPlainTextEdit, QSizePolicy,
    QVBoxLayout, QWidget)

class Ui_MentorDialog(object):
    def setupUi(self, MentorDialog):
        if not MentorDialog.objectName():
            MentorDialog.setObjectName(u"MentorDialog")
        MentorDialog.resize(520, 640)
        self.mainLayout = QVBoxLayout(MentorDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.summaryLabel = QLabel(MentorDialog)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setWordWrap(True)

        self.mainLayout.addWidget(self.summaryLabel)

        self.generalError = QLabel(MentorDialog)
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
        self.personLabel = QLabel(MentorDialog)
        self.personLabel.setObjectName(u"personLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.personLabel)

        self.personBox = QVBoxLayout()
        self.personBox.setSpacing(2)
        self.personBox.setObjectName(u"personBox")
        self.personCombo = QComboBox(MentorDialog)
        self.personCombo.setObjectName(u"personCombo")
        self.personCombo.setEditable(True)

        self.personBox.addWidget(self.personCombo)

        self.personError = QLabel(MentorDialog)
        self.personError.setObjectName(u"personError")
        self.personError.setVisible(False)
        self.personError.setWordWrap(True)
        self.personError.setProperty(u"error", True)

        self.personBox.addWidget(self.personError)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.personBox)

        self.expertiseLabel = QLabel(MentorDialog)
        self.expertiseLabel.setObjectName(u"expertiseLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.expertiseLabel)

        self.expertiseBox = QVBoxLayout()
        self.expertiseBox.setSpacing(2)
        self.expertiseBox.setObjectName(u"expertiseBox")
        self.expertiseEdit = QLineEdit(MentorDialog)
        self.expertiseEdit.setObjectName(u"expertiseEdit")
        self.expertiseEdit.setPlaceholderText(u"financement:3, marketing:2")

        self.expertiseBox.addWidget(self.expertiseEdit)

        self.expertiseError = QLabel(MentorDialog)
        self.expertiseError.setObjectName(u"expertiseError")
        self.expertiseError.setVisible(False)
        self.expertiseError.setWordWrap(True)
        self.expertiseError.setProperty(u"error", True)

        self.expertiseBox.addWidget(self.expertiseError)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.expertiseBox)

        self.sectorsLabel = QLabel(MentorDialog)
        self.sectorsLabel.setObjectName(u"sectorsLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.sectorsLabel)

        self.sectorsBox = QVBoxLayout()
        self.sectorsBox.setSpacing(2)
        self.sectorsBox.setObjectName(u"sectorsBox")
        self.sectorsEdit = QLineEdit(MentorDialog)
        self.sectorsEdit.setObjectName(u"sectorsEdit")
        self.sectorsEdit.setPlaceholderText(u"sant\u00e9, \u00e9nergie")

        self.sectorsBox.addWidget(self.sectorsEdit)

        self.sectorsError = QLabel(MentorDialog)
        self.sectorsError.setObjectName(u"sectorsError")
        self.sectorsError.setVisible(False)
        self.sectorsError.setWordWrap(True)
        self.sectorsError.setProperty(u"error", True)

        self.sectorsBox.addWidget(self.sectorsError)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.sectorsBox)

        self.stagesLabel = QLabel(MentorDialog)
        self.stagesLabel.setObjectName(u"stagesLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.stagesLabel)

        self.stagesBox = QVBoxLayout()
        self.stagesBox.setSpacing(2)
        self.stagesBox.setObjectName(u"stagesBox")
        self.stagesEdit = QLineEdit(MentorDialog)
        self.stagesEdit.setObjectName(u"stagesEdit")
        self.stagesEdit.setPlaceholderText(u"id\u00e9e, amor\u00e7age")

        self.stagesBox.addWidget(self.stagesEdit)

        self.stagesError = QLabel(MentorDialog)
        self.stagesError.setObjectName(u"stagesError")
        self.stagesError.setVisible(False)
        self.stagesError.setWordWrap(True)
        self.stagesError.setProperty(u"error", True)

        self.stagesBox.addWidget(self.stagesError)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.stagesBox)

        self.languagesLabel = QLabel(MentorDialog)
        self.languagesLabel.setObjectName(u"languagesLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.languagesLabel)

        self.languagesBox = QVBoxLayout()
        self.languagesBox.setSpacing(2)
        self.languagesBox.setObjectName(u"languagesBox")
        self.languagesEdit = QLineEdit(MentorDialog)
        self.languagesEdit.setObjectName(u"languagesEdit")
        self.languagesEdit.setPlaceholderText(u"fr, en")

        self.languagesBox.addWidget(self.languagesEdit)

        self.languagesError = QLabel(MentorDialog)
        self.languagesError.setObjectName(u"languagesError")
        self.languagesError.setVisible(False)
        self.languagesError.setWordWrap(True)
        self.languagesError.setProperty(u"error", True)

        self.languagesBox.addWidget(self.languagesError)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.languagesBox)

        self.capacityLabel = QLabel(MentorDialog)
        self.capacityLabel.setObjectName(u"capacityLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.capacityLabel)

        self.capacityBox = QVBoxLayout()
        self.capacityBox.setSpacing(2)
        self.capacityBox.setObjectName(u"capacityBox")
        self.capacityEdit = QLineEdit(MentorDialog)
        self.capacityEdit.setObjectName(u"capacityEdit")
        self.capacityEdit.setPlaceholderText(u"2")

        self.capacityBox.addWidget(self.capacityEdit)

        self.capacityError = QLabel(MentorDialog)
        self.capacityError.setObjectName(u"capacityError")
        self.capacityError.setVisible(False)
        self.capacityError.setWordWrap(True)
        self.capacityError.setProperty(u"error", True)

        self.capacityBox.addWidget(self.capacityError)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.capacityBox)

        self.hoursLabel = QLabel(MentorDialog)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursBox = QVBoxLayout()
        self.hoursBox.setSpacing(2)
        self.hoursBox.setObjectName(u"hoursBox")
        self.hoursEdit = QLineEdit(MentorDialog)
        self.hoursEdit.setObjectName(u"hoursEdit")
        self.hoursEdit.setPlaceholderText(u"4")

        self.hoursBox.addWidget(self.hoursEdit)

        self.hoursError = QLabel(MentorDialog)
        self.hoursError.setObjectName(u"hoursError")
        self.hoursError.setVisible(False)
        self.hoursError.setWordWrap(True)
        self.hoursError.setProperty(u"error", True)

        self.hoursBox.addWidget(self.hoursError)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.hoursBox)

        self.activeCheck = QCheckBox(MentorDialog)
        self.activeCheck.setObjectName(u"activeCheck")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.activeCheck)

        self.conflictsLabel = QLabel(MentorDialog)
        self.conflictsLabel.setObjectName(u"conflictsLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.conflictsLabel)

        self.conflictsBox = QVBoxLayout()
        self.conflictsBox.setSpacing(2)
        self.conflictsBox.setObjectName(u"conflictsBox")
        self.conflictsList = QListView(MentorDialog)
        self.conflictsList.setObjectName(u"conflictsList")
        self.conflictsList.setMinimumSize(QSize(0, 96))
        self.conflictsList.setMaximumSize(QSize(16777215, 120))

        self.conflictsBox.addWidget(self.conflictsList)

        self.conflictsError = QLabel(MentorDialog)
        self.conflictsError.setObjectName(u"conflictsError")
        self.conflictsError.setVisible(False)
        self.conflictsError.setWordWrap(True)
        self.conflictsError.setProperty(u"error", True)

        self.conflictsBox.addWidget(self.conflictsError)


        self.formLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.conflictsBox)

        self.notesLabel = QLabel(MentorDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesBox = QVBoxLayout()
        self.notesBox.setSpacing(2)
        self.notesBox.setObjectName(u"notesBox")
        self.notesEdit = QPlainTextEdit(MentorDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setMaximumSize(QSize(16777215, 70))
        self.notesEdit.setTabChangesFocus(True)

        self.notesBox.addWidget(self.notesEdit)

        self.notesError = QLabel(MentorDialog)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setVisible(False)
        self.notesError.setWordWrap(True)
        self.notesError.setProperty(u"error", True)

        self.notesBox.addWidget(self.notesError)


        self.formLayout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.notesBox)


        self.mainLayout.addLayout(self.formLayout)

        self.hintLabel = QLabel(MentorDialog)
        self.hintLabel.setObjectName(u"hintLabel")
        self.hintLabel.setWordWrap(True)
        self.hintLabel.setProperty(u"hint", True)

        self.mainLayout.addWidget(self.hintLabel)

        self.buttonBox = QDialogButtonBox(MentorDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.personLabel.setBuddy(self.personCombo)
        self.expertiseLabel.setBuddy(self.expertiseEdit)
        self.sectorsLabel.setBuddy(self.sectorsEdit)
        self.stagesLabel.setBuddy(self.stagesEdit)
        self.languagesLabel.setBuddy(self.languagesEdit)
        self.capacityLabel.setBuddy(self.capacityEdit)
        self.hoursLabel.setBuddy(self.hoursEdit)
        self.conflictsLabel.setBuddy(self.conflictsList)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.personCombo, self.expertiseEdit)
        QWidget.setTabOrder(self.expertiseEdit, self.sectorsEdit)
        QWidget.setTabOrder(self.sectorsEdit, self.stagesEdit)
        QWidget.setTabOrder(self.stagesEdit, self.languagesEdit)
        QWidget.setTabOrder(self.languagesEdit, self.capacityEdit)
        QWidget.setTabOrder(self.capacityEdit, self.hoursEdit)
        QWidget.setTabOrder(self.hoursEdit, self.activeCheck)
        QWidget.setTabOrder(self.activeCheck, self.conflictsList)
        QWidget.setTabOrder(self.conflictsList, self.notesEdit)

        self.retranslateUi(MentorDialog)
        self.buttonBox.rejected.connect(MentorDialog.reject)

        QMetaObject.connectSlotsByName(MentorDialog)
    # setupUi

    def retranslateUi(self, MentorDialog):
        MentorDialog.setWindowTitle(QCoreApplication.translate("MentorDialog", u"Mentor profile", None))
        self.summaryLabel.setText("")
        self.personLabel.setText(QCoreApplication.translate("MentorDialog", u"&Member", None))
#if QT_CONFIG(tooltip)
        self.personCombo.setToolTip(QCoreApplication.translate("MentorDialog", u"The member who mentors: type a name to find them", None))
#endif // QT_CONFIG(tooltip)
        self.expertiseLabel.setText(QCoreApplication.translate("MentorDialog", u"&Expertise", None))
#if QT_CONFIG(tooltip)
        self.expertiseEdit.setToolTip(QCoreApplication.translate("MentorDialog", u"Tags with a level from 1 (some knowledge) to 3 (expert), separated by commas", None))
#endif // QT_CONFIG(tooltip)
        self.sectorsLabel.setText(QCoreApplication.translate("MentorDialog", u"&Sectors", None))
#if QT_CONFIG(tooltip)
        self.sectorsEdit.setToolTip(QCoreApplication.translate("MentorDialog", u"Sectors the mentor knows, separated by commas", None))
#endif // QT_CONFIG(tooltip)
        self.stagesLabel.setText(QCoreApplication.translate("MentorDialog", u"S&tages", None))
#if QT_CONFIG(tooltip)
        self.stagesEdit.setToolTip(QCoreApplication.translate("MentorDialog", u"Stages of startups the mentor follows, separated by commas", None))
#endif // QT_CONFIG(tooltip)
        self.languagesLabel.setText(QCoreApplication.translate("MentorDialog", u"&Languages", None))
#if QT_CONFIG(tooltip)
        self.languagesEdit.setToolTip(QCoreApplication.translate("MentorDialog", u"Language codes, separated by commas", None))
#endif // QT_CONFIG(tooltip)
        self.capacityLabel.setText(QCoreApplication.translate("MentorDialog", u"&Capacity", None))
#if QT_CONFIG(tooltip)
        self.capacityEdit.setToolTip(QCoreApplication.translate("MentorDialog", u"How many startups the mentor can follow at once (0 to 50)", None))
#endif // QT_CONFIG(tooltip)
        self.hoursLabel.setText(QCoreApplication.translate("MentorDialog", u"&Hours per month", None))
#if QT_CONFIG(tooltip)
        self.hoursEdit.setToolTip(QCoreApplication.translate("MentorDialog", u"Time the mentor offers each month (0 to 300 hours)", None))
#endif // QT_CONFIG(tooltip)
        self.activeCheck.setText(QCoreApplication.translate("MentorDialog", u"&Active: can be proposed by the matching", None))
        self.conflictsLabel.setText(QCoreApplication.translate("MentorDialog", u"C&onflicts of interest", None))
#if QT_CONFIG(tooltip)
        self.conflictsList.setToolTip(QCoreApplication.translate("MentorDialog", u"Startups this mentor must never be paired with (tick them)", None))
#endif // QT_CONFIG(tooltip)
        self.notesLabel.setText(QCoreApplication.translate("MentorDialog", u"&Notes", None))
        self.hintLabel.setText(QCoreApplication.translate("MentorDialog", u"Levels: 1 some knowledge, 2 experienced, 3 expert; a tag without a level counts as 2.", None))
    # retranslateUi

