package ru.nastavnik.organisation.web;

class PasswordForm {

    private String currentPassword;
    private String newPassword;
    private String repeatPassword;
    private boolean revokeTokens;

    public boolean isRevokeTokens() {
        return revokeTokens;
    }

    public void setRevokeTokens(boolean revokeTokens) {
        this.revokeTokens = revokeTokens;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getRepeatPassword() {
        return repeatPassword;
    }

    public void setRepeatPassword(String repeatPassword) {
        this.repeatPassword = repeatPassword;
    }
}
