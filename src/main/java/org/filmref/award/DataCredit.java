package org.filmref.award;

/**
 * The credit a page owes for an award body's data: the data set (its maker and where it is), its licence where it
 * states one, and the award body's own record it was built from. Shown by {@code award/parts :: credit}.
 *
 * @param award the award body's name ("Golden Globe Awards")
 * @param dataSet the data set, as a phrase ("the Academy Awards data set of DLu/oscar_data")
 * @param licence the licence's name, or null where the data set states none
 * @param origin the award body's own record the data set was built from ("goldenglobes.com")
 */
public record DataCredit(String award, String dataSet, String dataSetUrl, String licence, String licenceUrl,
		String origin, String originUrl) {
}
