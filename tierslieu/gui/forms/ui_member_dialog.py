# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_dialog.ui'
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
    QDateEdit, QDialog, QDialogButtonBox, QFormLayout,
    QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_MemberDialog(object):
    def setupUi(self, MemberDialog):
        if not MemberDialog.objectName():
            MemberDialog.setObjectName(u"MemberDialog")
        MemberDialog.resize(580, 600)
        MemberDialog.setMinimumSize(QSize(520, 0))
        MemberDialog.setStyleSheet(u"QLabel[error=\"true\"] { color: #c62828; }\n"
"QLabel[hint=\"true\"] { color: #616161; }\n"
"QLineEdit[invalid=\"true\"], QComboBox[invalid=\"true\"], QDateEdit[invalid=\"true\"], QPlainTextEdit[invalid=\"true\"] { border: 1px solid #c62828; border-radius: 3px; padding: 2px; }")
        self.mainLayout = QVBoxLayout(MemberDialog)
        self.mainLayout.setObjectName(u"mainLayout")
        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)
        self.formLayout.setVerticalSpacing(8)
        self.firstNameLabel = QLabel(MemberDialog)
        self.firstNameLabel.setObjectName(u"firstNameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.firstNameLabel)

        self.firstNameBox = QVBoxLayout()
        self.firstNameBox.setSpacing(2)
        self.firstNameBox.setObjectName(u"firstNameBox")
        self.firstNameEdit = QLineEdit(MemberDialog)
        self.firstNameEdit.setObjectName(u"firstNameEdit")
        self.firstNameEdit.setMaxLength(200)

        self.firstNameBox.addWidget(self.firstNameEdit)

        self.firstNameError = QLabel(MemberDialog)
        self.firstNameError.setObjectName(u"firstNameError")
        self.firstNameError.setVisible(False)
        self.firstNameError.setWordWrap(True)
        self.firstNameError.setProperty(u"error", True)

        self.firstNameBox.addWidget(self.firstNameError)


        self.formLayout.setLayout(0, QFormLayout.ItemRole.FieldRole, self.firstNameBox)

        self.lastNameLabel = QLabel(MemberDialog)
        self.lastNameLabel.setObjectName(u"lastNameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.lastNameLabel)

        self.lastNameBox = QVBoxLayout()
        self.lastNameBox.setSpacing(2)
        self.lastNameBox.setObjectName(u"lastNameBox")
        self.lastNameEdit = QLineEdit(MemberDialog)
        self.lastNameEdit.setObjectName(u"lastNameEdit")
        self.lastNameEdit.setMaxLength(200)

        self.lastNameBox.addWidget(self.lastNameEdit)

        self.lastNameError = QLabel(MemberDialog)
        self.lastNameError.setObjectName(u"lastNameError")
        self.lastNameError.setVisible(False)
        self.lastNameError.setWordWrap(True)
        self.lastNameError.setProperty(u"error", True)

        self.lastNameBox.addWidget(self.lastNameError)


        self.formLayout.setLayout(1, QFormLayout.ItemRole.FieldRole, self.lastNameBox)

        self.emailLabel = QLabel(MemberDialog)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailBox = QVBoxLayout()
        self.emailBox.setSpacing(2)
        self.emailBox.setObjectName(u"emailBox")
        self.emailEdit = QLineEdit(MemberDialog)
        self.emailEdit.setObjectName(u"emailEdit")
        self.emailEdit.setClearButtonEnabled(True)

        self.emailBox.addWidget(self.emailEdit)

        self.emailError = QLabel(MemberDialog)
        self.emailError.setObjectName(u"emailError")
        self.emailError.setVisible(False)
        self.emailError.setWordWrap(True)
        self.emailError.setProperty(u"error", True)

        self.emailBox.addWidget(self.emailError)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.emailBox)

        self.phoneLabel = QLabel(MemberDialog)
        self.phoneLabel.setObjectName(u"phoneLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneLabel)

        self.phoneBox = QVBoxLayout()
        self.phoneBox.setSpacing(2)
        self.phoneBox.setObjectName(u"phoneBox")
        self.phoneEdit = QLineEdit(MemberDialog)
        self.phoneEdit.setObjectName(u"phoneEdit")

        self.phoneBox.addWidget(self.phoneEdit)

        self.phoneError = QLabel(MemberDialog)
        self.phoneError.setObjectName(u"phoneError")
        self.phoneError.setVisible(False)
        self.phoneError.setWordWrap(True)
        self.phoneError.setProperty(u"error", True)

        self.phoneBox.addWidget(self.phoneError)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.phoneBox)

        self.categoryLabel = QLabel(MemberDialog)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryBox = QVBoxLayout()
        self.categoryBox.setSpacing(2)
        self.categoryBox.setObjectName(u"categoryBox")
        self.categoryCombo = QComboBox(MemberDialog)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.categoryBox.addWidget(self.categoryCombo)

        self.categoryError = QLabel(MemberDialog)
        self.categoryError.setObjectName(u"categoryError")
        self.categoryError.setVisible(False)
        self.categoryError.setWordWrap(True)
        self.categoryError.setProperty(u"error", True)

        self.categoryBox.addWidget(self.categoryError)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.categoryBox)

        self.joinedLabel = QLabel(MemberDialog)
        self.joinedLabel.setObjectName(u"joinedLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.joinedLabel)

        self.joinedBox = QVBoxLayout()
        self.joinedBox.setSpacing(2)
        self.joinedBox.setObjectName(u"joinedBox")
        self.joinedRow = QHBoxLayout()
        self.joinedRow.setSpacing(6)
        self.joinedRow.setObjectName(u"joinedRow")
        self.joinedCheck = QCheckBox(MemberDialog)
        self.joinedCheck.setObjectName(u"joinedCheck")

        self.joinedRow.addWidget(self.joinedCheck)

        self.joinedDateEdit = QDateEdit(MemberDialog)
        self.joinedDateEdit.setObjectName(u"joinedDateEdit")
        self.joinedDateEdit.setEnabled(False)
        self.joinedDateEdit.setCalendarPopup(True)

        self.joinedRow.addWidget(self.joinedDateEdit)

        self.joinedSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.joinedRow.addItem(self.joinedSpacer)


        self.joinedBox.addLayout(self.joinedRow)

        self.joinedError = QLabel(MemberDialog)
        self.joinedError.setObjectName(u"joinedError")
        self.joinedError.setVisible(False)
        self.joinedError.setWordWrap(True)
        self.joinedError.setProperty(u"error", True)

        self.joinedBox.addWidget(self.joinedError)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.joinedBox)

        self.organizationLabel = QLabel(MemberDialog)
        self.organizationLabel.setObjectName(u"organizationLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.organizationLabel)

        self.organizationBox = QVBoxLayout()
        self.organizationBox.setSpacing(2)
        self.organizationBox.setObjectName(u"organizationBox")
        self.organizationRow = QHBoxLayout()
        self.organizationRow.setSpacing(6)
        self.organizationRow.setObjectName(u"organizationRow")
        self.organizationCombo = QComboBox(MemberDialog)
        self.organizationCombo.setObjectName(u"organizationCombo")

        self.organizationRow.addWidget(self.organizationCombo)

        self.roleLabel = QLabel(MemberDialog)
        self.roleLabel.setObjectName(u"roleLabel")

        self.organizationRow.addWidget(self.roleLabel)

        self.roleCombo = QComboBox(MemberDialog)
        self.roleCombo.setObjectName(u"roleCombo")

        self.organizationRow.addWidget(self.roleCombo)

        self.organizationRow.setStretch(0, 3)
        self.organizationRow.setStretch(2, 1)

        self.organizationBox.addLayout(self.organizationRow)

        self.otherLinksLabel = QLabel(MemberDialog)
        self.otherLinksLabel.setObjectName(u"otherLinksLabel")
        self.otherLinksLabel.setVisible(False)
        self.otherLinksLabel.setWordWrap(True)
        self.otherLinksLabel.setProperty(u"hint", True)

        self.organizationBox.addWidget(self.otherLinksLabel)

        self.organizationError = QLabel(MemberDialog)
        self.organizationError.setObjectName(u"organizationError")
        self.organizationError.setVisible(False)
        self.organizationError.setWordWrap(True)
        self.organizationError.setProperty(u"error", True)

        self.organizationBox.addWidget(self.organizationError)

        self.roleError = QLabel(MemberDialog)
        self.roleError.setObjectName(u"roleError")
        self.roleError.setVisible(False)
        self.roleError.setWordWrap(True)
        self.roleError.setProperty(u"error", True)

        self.organizationBox.addWidget(self.roleError)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.organizationBox)

        self.tagsLabel = QLabel(MemberDialog)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.tagsLabel)

        self.tagsBox = QVBoxLayout()
        self.tagsBox.setSpacing(2)
        self.tagsBox.setObjectName(u"tagsBox")
        self.tagsEdit = QLineEdit(MemberDialog)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.tagsBox.addWidget(self.tagsEdit)

        self.tagsError = QLabel(MemberDialog)
        self.tagsError.setObjectName(u"tagsError")
        self.tagsError.setVisible(False)
        self.tagsError.setWordWrap(True)
        self.tagsError.setProperty(u"error", True)

        self.tagsBox.addWidget(self.tagsError)


        self.formLayout.setLayout(7, QFormLayout.ItemRole.FieldRole, self.tagsBox)

        self.consentLabel = QLabel(MemberDialog)
        self.consentLabel.setObjectName(u"consentLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.consentLabel)

        self.consentBox = QVBoxLayout()
        self.consentBox.setSpacing(4)
        self.consentBox.setObjectName(u"consentBox")
        self.photoRow = QHBoxLayout()
        self.photoRow.setSpacing(6)
        self.photoRow.setObjectName(u"photoRow")
        self.photoCheck = QCheckBox(MemberDialog)
        self.photoCheck.setObjectName(u"photoCheck")

        self.photoRow.addWidget(self.photoCheck)

        self.photoInfo = QLabel(MemberDialog)
        self.photoInfo.setObjectName(u"photoInfo")
        self.photoInfo.setProperty(u"hint", True)

        self.photoRow.addWidget(self.photoInfo)

        self.photoSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.photoRow.addItem(self.photoSpacer)


        self.consentBox.addLayout(self.photoRow)

        self.newsletterRow = QHBoxLayout()
        self.newsletterRow.setSpacing(6)
        self.newsletterRow.setObjectName(u"newsletterRow")
        self.newsletterCheck = QCheckBox(MemberDialog)
        self.newsletterCheck.setObjectName(u"newsletterCheck")

        self.newsletterRow.addWidget(self.newsletterCheck)

        self.newsletterInfo = QLabel(MemberDialog)
        self.newsletterInfo.setObjectName(u"newsletterInfo")
        self.newsletterInfo.setProperty(u"hint", True)

        self.newsletterRow.addWidget(self.newsletterInfo)

        self.newsletterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.newsletterRow.addItem(self.newsletterSpacer)


        self.consentBox.addLayout(self.newsletterRow)


        self.formLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.consentBox)

        self.notesLabel = QLabel(MemberDialog)
        self.notesLabel.setObjectName(u"notesLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesBox = QVBoxLayout()
        self.notesBox.setSpacing(2)
        self.notesBox.setObjectName(u"notesBox")
        self.notesEdit = QPlainTextEdit(MemberDialog)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)
        self.notesEdit.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.notesBox.addWidget(self.notesEdit)

        self.notesError = QLabel(MemberDialog)
        self.notesError.setObjectName(u"notesError")
        self.notesError.setVisible(False)
        self.notesError.setWordWrap(True)
        self.notesError.setProperty(u"error", True)

        self.notesBox.addWidget(self.notesError)


        self.formLayout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.notesBox)


        self.mainLayout.addLayout(self.formLayout)

        self.generalError = QLabel(MemberDialog)
        self.generalError.setObjectName(u"generalError")
        self.generalError.setVisible(False)
        self.generalError.setWordWrap(True)
        self.generalError.setProperty(u"error", True)

        self.mainLayout.addWidget(self.generalError)

        self.buttonBox = QDialogButtonBox(MemberDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Save)

        self.mainLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.firstNameLabel.setBuddy(self.firstNameEdit)
        self.lastNameLabel.setBuddy(self.lastNameEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.phoneLabel.setBuddy(self.phoneEdit)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.joinedLabel.setBuddy(self.joinedCheck)
        self.organizationLabel.setBuddy(self.organizationCombo)
        self.roleLabel.setBuddy(self.roleCombo)
        self.tagsLabel.setBuddy(self.tagsEdit)
        self.consentLabel.setBuddy(self.photoCheck)
        self.notesLabel.setBuddy(self.notesEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.firstNameEdit, self.lastNameEdit)
        QWidget.setTabOrder(self.lastNameEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.phoneEdit)
        QWidget.setTabOrder(self.phoneEdit, self.categoryCombo)
        QWidget.setTabOrder(self.categoryCombo, self.joinedCheck)
        QWidget.setTabOrder(self.joinedCheck, self.joinedDateEdit)
        QWidget.setTabOrder(self.joinedDateEdit, self.organizationCombo)
        QWidget.setTabOrder(self.organizationCombo, self.roleCombo)
        QWidget.setTabOrder(self.roleCombo, self.tagsEdit)
        QWidget.setTabOrder(self.tagsEdit, self.photoCheck)
        QWidget.setTabOrder(self.photoCheck, self.newsletterCheck)
        QWidget.setTabOrder(self.newsletterCheck, self.notesEdit)

        self.retranslateUi(MemberDialog)
        self.buttonBox.rejected.connect(MemberDialog.reject)

        QMetaObject.connectSlotsByName(MemberDialog)
    # setupUi

    def retranslateUi(self, MemberDialog):
        MemberDialog.setWindowTitle(QCoreApplication.translate("MemberDialog", u"Member", None))
        self.firstNameLabel.setText(QCoreApplication.translate("MemberDialog", u"&First name", None))
        self.lastNameLabel.setText(QCoreApplication.translate("MemberDialog", u"&Last name", None))
        self.emailLabel.setText(QCoreApplication.translate("MemberDialog", u"&E-mail", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"name@example.org", None))
        self.phoneLabel.setText(QCoreApplication.translate("MemberDialog", u"&Phone", None))
        self.phoneEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"06 12 34 56 78", None))
#if QT_CONFIG(tooltip)
        self.phoneEdit.setToolTip(QCoreApplication.translate("MemberDialog", u"French numbers are enough; other countries start with +", None))
#endif // QT_CONFIG(tooltip)
        self.categoryLabel.setText(QCoreApplication.translate("MemberDialog", u"&Category", None))
#if QT_CONFIG(tooltip)
        self.categoryCombo.setToolTip(QCoreApplication.translate("MemberDialog", u"Public category, used in the activity statistics", None))
#endif // QT_CONFIG(tooltip)
        self.joinedLabel.setText(QCoreApplication.translate("MemberDialog", u"&Joined on", None))
        self.joinedCheck.setText(QCoreApplication.translate("MemberDialog", u"Known", None))
#if QT_CONFIG(tooltip)
        self.joinedCheck.setToolTip(QCoreApplication.translate("MemberDialog", u"Untick when the joining date is not known", None))
#endif // QT_CONFIG(tooltip)
        self.joinedDateEdit.setDisplayFormat(QCoreApplication.translate("MemberDialog", u"dd/MM/yyyy", None))
        self.joinedDateEdit.setSpecialValueText(QCoreApplication.translate("MemberDialog", u"not set", None))
        self.organizationLabel.setText(QCoreApplication.translate("MemberDialog", u"&Organisation", None))
#if QT_CONFIG(tooltip)
        self.organizationCombo.setToolTip(QCoreApplication.translate("MemberDialog", u"The organisation this person works for or represents", None))
#endif // QT_CONFIG(tooltip)
        self.roleLabel.setText(QCoreApplication.translate("MemberDialog", u"&Role", None))
#if QT_CONFIG(tooltip)
        self.roleCombo.setToolTip(QCoreApplication.translate("MemberDialog", u"Role in that organisation", None))
#endif // QT_CONFIG(tooltip)
        self.tagsLabel.setText(QCoreApplication.translate("MemberDialog", u"&Tags", None))
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"e.g. design, mentor, python", None))
#if QT_CONFIG(tooltip)
        self.tagsEdit.setToolTip(QCoreApplication.translate("MemberDialog", u"Skills and interests, separated by commas", None))
#endif // QT_CONFIG(tooltip)
        self.consentLabel.setText(QCoreApplication.translate("MemberDialog", u"Con&sents", None))
        self.photoCheck.setText(QCoreApplication.translate("MemberDialog", u"P&hoto consent", None))
#if QT_CONFIG(tooltip)
        self.photoCheck.setToolTip(QCoreApplication.translate("MemberDialog", u"May appear in photos published by the tiers-lieu", None))
#endif // QT_CONFIG(tooltip)
        self.photoInfo.setText("")
        self.newsletterCheck.setText(QCoreApplication.translate("MemberDialog", u"Ne&wsletter consent", None))
#if QT_CONFIG(tooltip)
        self.newsletterCheck.setToolTip(QCoreApplication.translate("MemberDialog", u"Agrees to receive the newsletter by e-mail", None))
#endif // QT_CONFIG(tooltip)
        self.newsletterInfo.setText("")
        self.notesLabel.setText(QCoreApplication.translate("MemberDialog", u"&Notes", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("MemberDialog", u"Anything useful to the team (not shown to the member)", None))
    # retranslateUi

