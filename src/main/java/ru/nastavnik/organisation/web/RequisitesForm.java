package ru.nastavnik.organisation.web;

import ru.nastavnik.organisation.Requisites;

class RequisitesForm {

    private String address;
    private String inn;
    private String ogrn;
    private String website;
    private String headName;
    private String headPosition;

    static RequisitesForm of(Requisites r) {
        RequisitesForm f = new RequisitesForm();
        f.address = r.address();
        f.inn = r.inn();
        f.ogrn = r.ogrn();
        f.website = r.website();
        f.headName = r.headName();
        f.headPosition = r.headPosition();
        return f;
    }

    Requisites toRequisites() {
        return new Requisites(address, inn, ogrn, website, headName, headPosition);
    }

    public String getAddress() { return address; }
    public void setAddress(String address) { this.address = address; }
    public String getInn() { return inn; }
    public void setInn(String inn) { this.inn = inn; }
    public String getOgrn() { return ogrn; }
    public void setOgrn(String ogrn) { this.ogrn = ogrn; }
    public String getWebsite() { return website; }
    public void setWebsite(String website) { this.website = website; }
    public String getHeadName() { return headName; }
    public void setHeadName(String headName) { this.headName = headName; }
    public String getHeadPosition() { return headPosition; }
    public void setHeadPosition(String headPosition) { this.headPosition = headPosition; }
}
