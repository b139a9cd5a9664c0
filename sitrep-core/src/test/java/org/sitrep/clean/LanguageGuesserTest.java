package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageGuesserTest {
    private final LanguageGuesser guesser = new LanguageGuesser();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "en|The army said that two of its soldiers were wounded in an attack on a checkpoint near the border.",
            "fr|L'armée a déclaré que deux de ses soldats ont été blessés dans une attaque contre un poste.",
            "es|El ejército dijo que dos de sus soldados fueron heridos en un ataque contra un puesto de control.",
            "de|Die Armee teilte mit, dass zwei ihrer Soldaten bei einem Angriff auf einen Kontrollpunkt verletzt wurden.",
            "ar|قال الجيش إن اثنين من جنوده أصيبا في هجوم على نقطة تفتيش قرب الحدود.",
            "fa|ارتش گفت که دو سرباز در حمله به یک پست بازرسی نزدیک مرز زخمی شدند و پیگیری ادامه دارد.",
            "ru|Армия заявила, что двое её солдат были ранены при нападении на контрольно-пропускной пункт.",
            "uk|Армія заявила, що двоє її військових були поранені під час нападу на пункт пропуску.",
            "he|הצבא אמר כי שניים מחייליו נפצעו בהתקפה על מחסום ליד הגבול.",
            "und|12 34 56",
            "und|Karim Haddad, Lina Saleh, Omar Farouk, Yusuf Demir",
    })
    void guessesTheLanguageOfTheText(String expected, String text) {
        assertEquals(expected, guesser.guess(text));
    }
}
