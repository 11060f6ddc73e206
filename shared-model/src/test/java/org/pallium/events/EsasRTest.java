package org.pallium.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The ESAS-r scale at its boundaries: every setting validates its forms with {@link EsasR}. */
class EsasRTest {

    /** A form whose items score 2, except {@code item}, which scores {@code score}. */
    private static EsasR withItem(EsasItem item, int score) {
        int[] scores = new int[EsasItem.values().length];
        Arrays.fill(scores, 2);
        scores[item.ordinal()] = score;
        return new EsasR(scores[0], scores[1], scores[2], scores[3], scores[4], scores[5], scores[6], scores[7],
                scores[8], null, null, EsasCompletedBy.PATIENT);
    }

    private static EsasR withOther(Integer other, String otherProblem) {
        return new EsasR(1, 2, 3, 4, 5, 6, 7, 8, 9, other, otherProblem, EsasCompletedBy.CAREGIVER);
    }

    @Test
    void theItemsAreTheFirstNineComponentsInTheOrderOfTheForm() {
        assertThat(Arrays.stream(EsasR.class.getRecordComponents()).limit(EsasItem.values().length)
                .map(RecordComponent::getName))
                .containsExactly(Arrays.stream(EsasItem.values()).map(EsasItem::field).toArray(String[]::new));
    }

    @ParameterizedTest
    @EnumSource(EsasItem.class)
    void everyItemTakesNoneAndWorstPossible(EsasItem item) {
        assertThat(withItem(item, 0).score(item)).isEqualTo(EsasR.NONE);
        assertThat(withItem(item, 10).score(item)).isEqualTo(EsasR.WORST_POSSIBLE);
        for (EsasItem other : EsasItem.values()) {
            if (other != item) {
                assertThat(withItem(item, 10).score(other)).as(other.field()).isEqualTo(2);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(EsasItem.class)
    void everyItemRejectsAScoreOffTheScale(EsasItem item) {
        for (int offScale : new int[] {-1, 11}) {
            assertThatThrownBy(() -> withItem(item, offScale))
                    .as("%s = %d", item.field(), offScale)
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(item.field())
                    .hasMessageContaining(String.valueOf(offScale));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 10})
    void theOtherProblemTakesTheSameScale(int score) {
        EsasR form = withOther(score, "Constipation");

        assertThat(form.other()).isEqualTo(score);
        assertThat(form.otherProblem()).isEqualTo("Constipation");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 11})
    void theOtherProblemRejectsAScoreOffTheScale(int score) {
        assertThatThrownBy(() -> withOther(score, "Constipation"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("other must be an ESAS-r score");
    }

    @Test
    void anOtherScoreNamesItsProblemAndAProblemHasItsScore() {
        assertThatThrownBy(() -> withOther(4, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("otherProblem");
        assertThatThrownBy(() -> withOther(null, "Constipation"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("other");
        assertThatThrownBy(() -> withOther(4, " "))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("otherProblem");
        assertThat(withOther(null, null).other()).isNull();
    }

    @Test
    void whoCompletedTheFormIsRequired() {
        assertThatThrownBy(() -> new EsasR(1, 2, 3, 4, 5, 6, 7, 8, 9, null, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("completedBy");
    }

    @Test
    void theTotalIsTheSumOfTheNineItemsWithoutTheOtherProblem() {
        assertThat(withOther(null, null).total()).isEqualTo(45);
        assertThat(withOther(10, "Itch").total()).isEqualTo(45);
        assertThat(new EsasR(0, 0, 0, 0, 0, 0, 0, 0, 0, null, null, EsasCompletedBy.PATIENT).total()).isZero();
        assertThat(new EsasR(10, 10, 10, 10, 10, 10, 10, 10, 10, 10, "Itch", EsasCompletedBy.CLINICIAN_ASSISTED)
                .total()).isEqualTo(90);
    }

    @Test
    void aScoreIsAWholeNumberFromNoneToWorstPossible() {
        assertThat(EsasR.isScore(0)).isTrue();
        assertThat(EsasR.isScore(10)).isTrue();
        assertThat(EsasR.isScore(-1)).isFalse();
        assertThat(EsasR.isScore(11)).isFalse();
    }

    @Test
    void theChangeSinceAnEarlierFormIsEachItemsRiseInTheFormsOrder() {
        EsasR before = new EsasR(4, 5, 2, 6, 3, 1, 2, 7, 5, null, null, EsasCompletedBy.PATIENT);
        EsasR latest = new EsasR(7, 5, 0, 6, 3, 2, 2, 4, 5, 3, "Itch", EsasCompletedBy.CAREGIVER);

        assertThat(latest.changeSince(before)).containsExactly(
                entry("pain", 3), entry("tiredness", 0), entry("drowsiness", -2), entry("nausea", 0),
                entry("lackOfAppetite", 0), entry("shortnessOfBreath", 1), entry("depression", 0),
                entry("anxiety", -3), entry("wellbeing", 0));
    }
}
