package org.pallium.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pallium.platform.lifecycle.CareStatus;

class HqlTest {

    @Test
    void anEnumSetIsWrittenAsQualifiedLiteralsInNameOrderWhateverTheSetsOrder() {
        assertThat(Hql.literals(List.of(CareStatus.RECEIVED, CareStatus.ACCEPTED)))
                .isEqualTo("(org.pallium.platform.lifecycle.CareStatus.ACCEPTED, "
                        + "org.pallium.platform.lifecycle.CareStatus.RECEIVED)");
        assertThat(Hql.literals(Set.copyOf(CareStatus.ON_CENSUS)))
                .isEqualTo(Hql.literals(EnumSet.copyOf(CareStatus.ON_CENSUS)));
    }

    @Test
    void anEmptySetIsNoHqlList() {
        assertThatThrownBy(() -> Hql.literals(List.<CareStatus>of())).isInstanceOf(IllegalArgumentException.class);
    }
}
