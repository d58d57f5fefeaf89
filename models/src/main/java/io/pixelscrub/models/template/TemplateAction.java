package io.pixelscrub.models.template;

/** What a matching template asks for; from deid's filter sections (CTP signatures are all CLEAN_REGIONS). */
public enum TemplateAction {
    /** Known layout: clean the template's regions (deid graylist, CTP). */
    CLEAN_REGIONS,
    /** Unknown risk: needs review or quarantine (deid blacklist). */
    FLAG,
    /** Known to be clean (deid whitelist). */
    PASS
}
