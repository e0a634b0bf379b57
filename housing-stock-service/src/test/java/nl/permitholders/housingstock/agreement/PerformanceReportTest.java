package nl.permitholders.housingstock.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PerformanceReportTest {

    @Test
    void anAgreedNumberIsMetWhenThatManyWentToPermitHolders() {
        PerformanceReport report = PerformanceReport.of(new AgreedShare(40, null), 732, 700, 41, 98);
        assertThat(report.targetAllocations()).isEqualTo(40);
        assertThat(report.met()).isTrue();
        assertThat(report.shortfall()).isZero();
        assertThat(report.actualPercentage()).isEqualByComparingTo("5.6");
    }

    @Test
    void anAgreedPercentageOfTheVacanciesIsRoundedUp() {
        // Almelo's two corporations had 732 vacancies in 2023; 10% of them is 73.2, so 74 allocations.
        PerformanceReport report = PerformanceReport.of(new AgreedShare(null, new BigDecimal("10")), 732, 690, 70, 150);
        assertThat(report.targetAllocations()).isEqualTo(74);
        assertThat(report.met()).isFalse();
        assertThat(report.shortfall()).isEqualTo(4);
        assertThat(report.actualPercentage()).isEqualByComparingTo("9.6");
        assertThat(report.agreedPercentage()).isEqualByComparingTo("10.00");
    }

    @Test
    void withoutVacanciesThereIsNoActualShareAndAShareAsksForNothing() {
        PerformanceReport report = PerformanceReport.of(new AgreedShare(null, new BigDecimal("12.5")), 0, 0, 0, 0);
        assertThat(report.actualPercentage()).isNull();
        assertThat(report.targetAllocations()).isZero();
        assertThat(report.met()).isTrue();
    }

    @Test
    void anAgreementIsANumberOrAPercentage() {
        assertThat(AgreedShare.check(10, null).isEmpty()).isTrue();
        assertThat(AgreedShare.check(null, BigDecimal.TEN).isEmpty()).isTrue();
        assertThat(AgreedShare.check(10, BigDecimal.TEN).list()).hasSize(2);
        assertThat(AgreedShare.check(null, null).list()).hasSize(2);
        assertThatThrownBy(() -> new AgreedShare(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new AgreedShare(null, new BigDecimal("12.5"))).isEqualTo(new AgreedShare(null, new BigDecimal("12.50")));
    }
}
