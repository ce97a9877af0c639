package ru.nastavnik.organisation.web;

import ru.nastavnik.organisation.HeadName;
import ru.nastavnik.organisation.Requisites;
import ru.nastavnik.shared.Gender;

class RequisitesForm {

    private String address;
    private String inn;
    private String ogrn;
    private String website;
    private String headLastName;
    private String headFirstName;
    private String headMiddleName;
    private Gender headGender;
    private String headPosition;
    private String declensionOverrides;
    private String founder;
    private String locality;
    private String curatorName;
    private String curatorPhone;
    private String mentoringPayment;
    private String mentorshipPage;
    private String socialPages;
    /** The version of the requisites the form was filled from: saving it over a newer one is refused. */
    private Long version;

    static RequisitesForm of(Requisites r, long version) {
        RequisitesForm f = new RequisitesForm();
        f.version = version;
        f.address = r.address();
        f.inn = r.inn();
        f.ogrn = r.ogrn();
        f.website = r.website();
        if (r.head() != null) {
            f.headLastName = r.head().lastName();
            f.headFirstName = r.head().firstName();
            f.headMiddleName = r.head().middleName();
            f.headGender = r.head().gender();
        }
        f.headPosition = r.headPosition();
        f.declensionOverrides = r.declensionOverrides();
        f.founder = r.founder();
        f.locality = r.locality();
        f.curatorName = r.curatorName();
        f.curatorPhone = r.curatorPhone();
        f.mentoringPayment = r.mentoringPayment();
        f.mentorshipPage = r.mentorshipPage();
        f.socialPages = r.socialPages();
        return f;
    }

    Requisites toRequisites() {
        return new Requisites(
                        address,
                        inn,
                        ogrn,
                        website,
                        new HeadName(headLastName, headFirstName, headMiddleName, headGender),
                        headPosition,
                        declensionOverrides,
                        null)
                .withDocumentDetails(
                        founder, locality, curatorName, curatorPhone, mentoringPayment, mentorshipPage, socialPages);
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getInn() {
        return inn;
    }

    public void setInn(String inn) {
        this.inn = inn;
    }

    public String getOgrn() {
        return ogrn;
    }

    public void setOgrn(String ogrn) {
        this.ogrn = ogrn;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getHeadLastName() {
        return headLastName;
    }

    public void setHeadLastName(String headLastName) {
        this.headLastName = headLastName;
    }

    public String getHeadFirstName() {
        return headFirstName;
    }

    public void setHeadFirstName(String headFirstName) {
        this.headFirstName = headFirstName;
    }

    public String getHeadMiddleName() {
        return headMiddleName;
    }

    public void setHeadMiddleName(String headMiddleName) {
        this.headMiddleName = headMiddleName;
    }

    public Gender getHeadGender() {
        return headGender;
    }

    public void setHeadGender(Gender headGender) {
        this.headGender = headGender;
    }

    public String getHeadPosition() {
        return headPosition;
    }

    public void setHeadPosition(String headPosition) {
        this.headPosition = headPosition;
    }

    public String getDeclensionOverrides() {
        return declensionOverrides;
    }

    public void setDeclensionOverrides(String declensionOverrides) {
        this.declensionOverrides = declensionOverrides;
    }

    public String getFounder() {
        return founder;
    }

    public void setFounder(String founder) {
        this.founder = founder;
    }

    public String getLocality() {
        return locality;
    }

    public void setLocality(String locality) {
        this.locality = locality;
    }

    public String getCuratorName() {
        return curatorName;
    }

    public void setCuratorName(String curatorName) {
        this.curatorName = curatorName;
    }

    public String getCuratorPhone() {
        return curatorPhone;
    }

    public void setCuratorPhone(String curatorPhone) {
        this.curatorPhone = curatorPhone;
    }

    public String getMentoringPayment() {
        return mentoringPayment;
    }

    public void setMentoringPayment(String mentoringPayment) {
        this.mentoringPayment = mentoringPayment;
    }

    public String getMentorshipPage() {
        return mentorshipPage;
    }

    public void setMentorshipPage(String mentorshipPage) {
        this.mentorshipPage = mentorshipPage;
    }

    public String getSocialPages() {
        return socialPages;
    }

    public void setSocialPages(String socialPages) {
        this.socialPages = socialPages;
    }
}
