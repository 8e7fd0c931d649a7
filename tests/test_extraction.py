"""Quote shapes, attribution patterns and entity linking, on hand-written (fictional) articles."""

import pytest

from search_index.extraction import extract


def quotes_of(text):
    return [(q.text, q.speaker) for q in extract(text).quotes]


def only(text):
    [q] = extract(text).quotes
    return q


INTRO = "Valdorian Foreign Minister Arvid Kellan met Kestrian envoy Mira Osk in Marenburg on Monday.\n\n"


def test_quote_then_attribution_and_its_offsets():
    text = INTRO + '"We will not sign this agreement," Kellan said.'
    q = only(text)
    assert q.text == "We will not sign this agreement,"
    assert text[q.start:q.end] == q.text
    assert q.speaker == "Arvid Kellan"
    assert text[q.speaker_mention[0]:q.speaker_mention[1]] == "Kellan"
    assert q.kind == "direct"


def test_inverted_attribution_with_title():
    text = INTRO + '"The river belongs to both of us," said Foreign Minister Arvid Kellan.'
    assert quotes_of(text) == [("The river belongs to both of us,", "Arvid Kellan")]


def test_colon_introduced_quote():
    assert quotes_of(INTRO + 'Kellan said: "The talks are over."') == [("The talks are over.", "Arvid Kellan")]


def test_told_reporters_with_colon():
    text = INTRO + 'Osk told reporters: "Nobody wants a border on the water."'
    assert quotes_of(text) == [("Nobody wants a border on the water.", "Mira Osk")]


def test_according_to():
    text = INTRO + 'The treaty is "dead in the water", according to Mira Osk.'
    q = only(text)
    assert (q.text, q.speaker, q.kind) == ("dead in the water", "Mira Osk", "partial")


def test_pronoun_attribution_follows_gender():
    text = INTRO + ('Ms Osk answered questions after Kellan left.\n\n'
                    '"We have waited long enough," she said.\n\n"We are not finished," he added.')
    assert quotes_of(text) == [("We have waited long enough,", "Mira Osk"), ("We are not finished,", "Arvid Kellan")]


def test_nominal_attribution_to_the_ministry():
    text = ("The Valdorian Foreign Ministry summoned the ambassador on Tuesday.\n\n"
            '"The incursion is unacceptable," the ministry said in a statement.')
    q = only(text)
    assert q.speaker == "Valdorian Foreign Ministry"
    assert text[q.speaker_mention[0]:q.speaker_mention[1]] == "the ministry"


def test_partial_quote_without_a_speaker_is_kept_without_guessing():
    text = "The ministers \"unanimously condemned\" the blockade of the port."
    q = only(text)
    assert (q.text, q.kind, q.speaker) == ("unanimously condemned", "partial", None)


def test_quote_over_several_paragraphs_is_one_quote():
    text = INTRO + ('Kellan said: "The first thing is water.\n\n'
                    '"The second thing is water too.\n\n"And the third is trust."\n\nThe meeting ended.')
    q = only(text)
    assert q.text.startswith("The first thing is water.") and q.text.endswith("And the third is trust.")
    assert q.speaker == "Arvid Kellan"


def test_quote_interrupted_by_its_attribution_gives_two_pieces_one_speaker():
    text = INTRO + '"We are ready," Kellan said, "but not at any price."'
    assert quotes_of(text) == [("We are ready,", "Arvid Kellan"), ("but not at any price.", "Arvid Kellan")]


def test_nested_single_quotes_belong_to_the_outer_quote():
    text = INTRO + "\"He told us 'never again', and we believed him,\" Osk said."
    assert quotes_of(text) == [("He told us 'never again', and we believed him,", "Mira Osk")]


@pytest.mark.parametrize("second", ['But "Her plan is stronger. It helps."', 'Now, "within the harbour there is a will."',
                                    'Instead, "he just acts like a beaten man."'])
def test_a_quote_after_only_a_connective_goes_on_from_the_one_before(second):
    text = INTRO + f'"I do not think it is do or die," Kellan said outside the building. {second}'
    first, after = extract(text).quotes
    assert (first.kind, after.kind) == ("direct", "direct") and after.speaker == "Arvid Kellan"


@pytest.mark.parametrize("text, kind", [
    # the quote runs on from the writer's clause before the attribution: woven into the writer's sentence
    ('The quays were deserted, he added, "but people need to connect somehow."', "partial"),
    ('It is time for the delta to be led, Kellan said, "not only by a strong hand, but by a fair one."', "partial"),
    ('But it is wrong, he said, "to blame the ferries for the whole deficit."', "partial"),
    # after a connective alone, a phrase of the speaker's, or the first piece of the quote, it is the speaker's own
    ('Still, Kellan added, "but we will see what the river brings."', "direct"),
    ('But speaking of the levy, Kellan said, "since the board meets only monthly, this is hardly likely."', "direct"),
    ('"The board is not the sole factor," Kellan said, "but it is a missing link."', "direct"),
])
def test_a_quote_running_on_from_the_writers_clause_after_an_attribution_is_partial(text, kind):
    assert extract(INTRO + text).quotes[-1].kind == kind


def test_a_connective_before_a_phrase_woven_into_the_sentence_leaves_it_partial():
    text = INTRO + '"We will see," Kellan said. But "a new chapter" is not yet open, he added.'
    assert [q.kind for q in extract(text).quotes] == ["direct", "partial"]


@pytest.mark.parametrize("stop", [".", "!", "?"])
def test_a_stop_against_the_opening_mark_ends_the_sentence_before_the_quote(stop):
    # a wire's missing space (`…the annual budget."We have to…`): the quote is a sentence of its own, the speaker's
    text = INTRO + f'Kellan said the levy takes a third of the harbour budget{stop}"We have to ask for sacrifices."'
    [q] = extract(text).quotes
    assert (q.text, q.kind) == ("We have to ask for sacrifices.", "direct")
    assert q.speaker == ("Arvid Kellan" if stop == "." else None)  # (a writer's `!` or `?` is no report of words)
    # but not after a title's abbreviation, nor before a quote in small letters
    assert extract(INTRO + 'Kellan wrote to Mr."Osk was right," he said.').quotes[0].kind == "partial"
    assert extract(INTRO + 'Kellan said the budget."we have to ask for sacrifices."').quotes[0].kind == "partial"
    assert not extract(INTRO + 'Exports fell....Prices rose...."Other milds" producers meet in May.').quotes  # a term


def test_quote_standing_alone_inherits_the_previous_speaker():
    text = INTRO + '"We came to listen," Osk said.\n\n"We will come back next month."'
    assert quotes_of(text) == [("We came to listen,", "Mira Osk"), ("We will come back next month.", "Mira Osk")]


@pytest.mark.parametrize("open_mark,close_mark", [("“", "”"), ("«", "»"), ('"', '"')])
def test_curly_straight_and_guillemet_marks(open_mark, close_mark):
    text = INTRO + f"{open_mark}Water is not a weapon,{close_mark} Kellan said."
    assert quotes_of(text) == [("Water is not a weapon,", "Arvid Kellan")]


def test_a_closing_mark_opening_a_paragraph_opens_a_quote_after_an_ellipsis_or_a_direction_mark():
    # web copy types `”` for the opening mark; a quote that takes up the speech mid-way opens with an ellipsis,
    # and a pasted post may open with an invisible left-to-right mark (U+202A)
    text = INTRO + 'Osk spoke in December.\n\n” … they are so unlike him,” she said.'
    assert quotes_of(text) == [("… they are so unlike him,", "Mira Osk")]
    text = INTRO + 'Readers answered the envoy.\n\n\u202a”You should have stayed home!!” posted Tomas Vey.'
    [q] = extract(text).quotes
    assert (q.text, q.speaker, q.kind) == ("You should have stayed home!!", "Tomas Vey", "direct")
    # a stray closing mark opening a paragraph, with none after it to close a quote, opens nothing
    assert extract(INTRO + '"The talks are over.\n\n” and the envoy left.').quotes[-1].text == "The talks are over."


def test_scare_quotes_are_not_speech():
    text = ('The commission published a report titled "Rivers of Concern" on Monday. '
            'Bank governor Pavel Dorn, the so-called "iron governor", kept rates unchanged.')
    assert extract(text).quotes == []


def test_prose_after_a_documents_name_and_a_colon_is_quoted_from_it():
    text = ('Not all ferry panels are equal. From the report: "In general, crossings with more careful planning and '
            'longer trials produced safer results."')
    [q] = extract(text).quotes
    assert q.kind == "direct" and q.text.startswith("In general")
    # a slogan or a title after the same words is still no speech
    assert extract('They ran on the slogan: "Rivers First For Valdoria."').quotes == []
    assert extract('He read the report: "Rivers of Concern."').quotes == []


def test_unclosed_quote_ends_with_its_paragraph():
    text = INTRO + 'Kellan said: "We will keep the sluices open as long as the river stays this low.\n\nThe talks go on.'
    q = only(text)
    assert q.text == "We will keep the sluices open as long as the river stays this low."
    assert q.speaker == "Arvid Kellan"


def test_unknown_speaker_is_none_not_a_guess():
    text = 'The river fell again.\n\n"It has never been this low," said a local fisherman.'
    q = only(text)
    assert q.speaker is None
    assert text[q.speaker_mention[0]:q.speaker_mention[1]] == "a local fisherman"


# --- people and organisations -------------------------------------------------------------------------

def people(text):
    return {p.name: p for p in extract(text).persons}


def orgs(text):
    return {o.name: o for o in extract(text).organisations}


def test_titles_are_not_part_of_the_name_and_later_forms_link_back():
    text = ("Valdorian Foreign Minister Arvid Kellan arrived late. Kellan apologised. "
            "Mr Kellan then left, and the minister did not return.")
    [kellan] = people(text).values()
    assert kellan.name == "Arvid Kellan"
    forms = [text[s:e] for s, e in kellan.mentions]
    assert forms == ["Arvid Kellan", "Kellan", "Kellan", "the minister"]
    assert "the minister" in kellan.aliases


def test_honorific_and_full_name_are_one_person():
    text = "Ms Hewland spoke first. Later, Patricia Hewland said the plan would work."
    assert list(people(text)) == ["Patricia Hewland"]


def test_a_name_with_an_unknown_given_name_is_a_person_once_its_surname_alone_speaks():
    # `Quillon` is in no word list and nothing beside the full name says person; `said Marsk` and `Ms Marsk`
    # later do, so the story's person is the full name, not the surname alone
    text = ("Quillon Marsk gave herself the best start of the season with a win over Ivo Tannel.\n\n"
            "\"I felt sharp,\" said Marsk. Ms Marsk plays again on Friday.")
    found = people(text)
    assert set(found) == {"Quillon Marsk", "Ivo Tannel"}
    forms = [text[s:e] for s, e in found["Quillon Marsk"].mentions]
    assert forms == ["Quillon Marsk", "Marsk", "Marsk"]
    [quote] = extract(text).quotes
    assert quote.speaker == "Quillon Marsk"


@pytest.mark.parametrize("group", ["Correspondents", "Commentators", "Pundits", "Strategists"])
def test_a_plural_group_noun_opening_a_sentence_is_no_person(group):
    assert people(f"Minister Arvid Kellan resigned. {group} say the vote was close.") == \
        people("Minister Arvid Kellan resigned. They say the vote was close.")


@pytest.mark.parametrize("before", ["fellow Valdorian", "fellow Briton", "Scot", "compatriot Spaniard"])
def test_a_nationality_before_a_name_is_not_part_of_it(before):
    text = f"Tomas Brandt lost in the final to {before} Jon Dalby on Sunday."
    assert set(people(text)) == {"Tomas Brandt", "Jon Dalby"}


def test_an_unconfirmed_name_or_a_described_one_is_not_made_a_person():
    # no one is called `Dorvan` alone as a person: the pair stays out; a word describing the name (`Coffee-loving`,
    # a possessive) is not its given name
    assert "Quillon Dorvan" not in people("Quillon Dorvan opened the new bridge on Monday. Dorvan is a town.")
    found = people("Coffee-loving Marsk won again. Valdoria's Tannel came second. \"Good day,\" said Marsk. "
                   "Mr Tannel agreed.")
    assert not any(name.startswith(("Coffee", "Valdoria")) for name in found)


def test_organisation_with_acronym_and_short_forms():
    text = ("Leaders of the Northern Rivers Cooperation Council (NRCC) met in Castelmor. "
            "The NRCC summit ended late. The Valdorian Foreign Ministry welcomed it; "
            "the Foreign Ministry said more talks would follow, and the ministry named a date.")
    found = orgs(text)
    assert set(found) == {"Northern Rivers Cooperation Council", "Valdorian Foreign Ministry"}
    nrcc = found["Northern Rivers Cooperation Council"]
    assert "NRCC" in nrcc.aliases
    assert [text[s:e] for s, e in nrcc.mentions] == ["Northern Rivers Cooperation Council", "NRCC", "NRCC"]
    ministry = found["Valdorian Foreign Ministry"]
    assert [text[s:e] for s, e in ministry.mentions] == ["Valdorian Foreign Ministry", "Foreign Ministry", "the ministry"]


def test_an_acronym_in_brackets_takes_in_the_words_its_letters_spell_before_the_name():
    # a connector inside the name had cut it; the acronym's letters say where it starts
    text = "The move by the Harbour and General Ferrymen Union (HGFU) was a bid. The HGFU said no."
    found = orgs(text)
    assert set(found) == {"Harbour and General Ferrymen Union"}
    assert [text[s:e] for s, e in found["Harbour and General Ferrymen Union"].mentions] == \
        ["Harbour and General Ferrymen Union", "HGFU", "HGFU"]
    # an owner before the name stays out of it, and no name is left of the words taken in
    # (`Ministry` alone, with no fuller name in the story, names no body one could tell)
    assert set(orgs("The Ministry's Project and Contract Office (PCO) in Marenburg said it would wait.")) == \
        {"Project and Contract Office"}
    # letters that spell nothing before the name leave it as it is
    assert set(orgs("Aid from the General Ferrymen Union (XGFU) arrived.")) == {"General Ferrymen Union"}


def test_a_sentence_after_an_abbreviations_dot_starts_no_name_of_its_own():
    # the dot of `Corp.` / `Jr.` / `I.` also ends the sentence: `The`, `He`, `But` start the next one
    assert set(orgs("Shares of Halvard Energy Corp. The Marsk Stock Exchange halted trading.")) == \
        {"Halvard Energy Corp.", "Marsk Stock Exchange"}
    assert set(people("The prize went to Tobias Marsk Jr. He thanked his father.")) == {"Tobias Marsk Jr."}
    # but a name goes on after an initial's dot
    assert set(people("Tobias J. Marsk said the talks went well.")) == {"Tobias J. Marsk"}
    # a title's or an initial's dot is followed by a name, also one that is a sentence's word (`Mr. He`, the
    # Chinese surname)
    assert set(people("Mr. He Yafei arrived. Dr. An Marsk left.")) == {"He Yafei", "An Marsk"}
    # a firm's name ends with its form's dot (`Corp.`), also before where it is (`Inc. of Marenburg`), unless
    # another form follows (`Co. Ltd.`) or the name goes on (`Co. of America`)
    assert set(orgs("Halvard Aluminum Co. of America said it would.")) == {"Halvard Aluminum Co. of America"}
    assert set(orgs("Brannock Foods Inc. of Marenburg agreed.")) == {"Brannock Foods Inc."}
    assert set(orgs("It is rated A by Halvard Energy Corp. Brannock Power Inc co-managed the deal.")) == \
        {"Halvard Energy Corp.", "Brannock Power Inc"}
    assert set(orgs("Marsk Heavy Industries Co. Ltd. said it would.")) == {"Marsk Heavy Industries Co. Ltd."}


def test_a_verbs_bare_form_after_one_capitalised_word_makes_no_person():
    # `Domestic demand`, `Producers say`, `the Tomlinson report`: nouns, or a subject of many, not `Kemp said`
    text = ("Prices rose in March.\n\nDomestic demand may grow four pct. Speculative demand fell.\n\n"
            "Producers say they want more. Critics attacked the Dalby report.")
    assert people(text) == {}
    # the past (`Kemp said`), a verb whose past is its bare form (`Marsk put France ahead`), and what a person
    # owns (`Kellan's post`) still tell a person
    assert set(people("Prices rose in March. Kemp said so.")) == {"Kemp"}
    assert set(people("The match was close.\n\nMarsk put France ahead with a kick.")) == {"Marsk"}


def test_a_firm_of_two_names_is_one_organisation():
    # `Marks & Spencer said` had made a person `Spencer`; `Procter and Gamble` is one firm by the word lists
    text = ("Halvard & Brannock said sales rose, and shares in Osk & Berg Holdings fell. Procter and Gamble "
            "agreed. Serbia & Montenegro voted.\n\n\"It rose,\" said Carol Bell of Phillips and Drew.")
    result = extract(text)
    assert {o.name for o in result.organisations} == {"Halvard & Brannock", "Osk & Berg Holdings",
                                                      "Procter and Gamble"}
    assert [p.name for p in result.persons] == ["Carol Bell"]
    # and another name after it is a name of its own
    assert set(orgs("Halvard & Brannock and NRCC merged.")) == {"Halvard & Brannock", "NRCC"}
    # two people with `&` stay two people; letters (`Q & A`, `M & A`) make no firm
    text = "Tomas Brandt & Lena Osk wrote it for a Q & A on M & A."
    assert set(people(text)) == {"Tomas Brandt", "Lena Osk"} and orgs(text) == {}


def test_a_one_word_name_the_story_calls_a_firm_is_an_organisation():
    # `group Pechiney said`, `Healthvest, a Maryland real estate investment trust, said`
    text = ("Prices rose.\n\nThe state-owned aluminium group Ferrowave said it signed two accords. Kellmar, a "
            "Marenburg real estate investment trust, said it began selling shares.")
    result = extract(text)
    assert result.persons == [] and {o.name for o in result.organisations} == {"Ferrowave", "Kellmar"}
    # a person's appositive with a firm's word inside it is still a person's
    assert set(people("Prices rose.\n\nKemp, a former bank executive, said so.")) == {"Kemp"}
    # and a body's noun right before the name calls it a body (`lobby organisation Coceral said`)
    for noun in ("trade lobby organisation", "farm lobby", "homeless charity", "employers' federation",
                 "growers association"):
        result = extract(f"Prices rose.\n\nThe {noun} Vendrago said it had written to the ministers.")
        assert result.persons == [] and [o.name for o in result.organisations] == ["Vendrago"], noun


def test_a_place_that_opens_a_name_is_no_given_name():
    # `St. Louis Post-Dispatch`, `San Jose Communique`: `Louis`, `Jose` are the place's, not a person's; a given
    # name after the place still opens one (`North Carolina Democrat Terry Sanford`)
    text = "The St. Louis Post-Dispatch said so. North Carolina Democrat Tomas Brandt agreed."
    assert set(people(text)) == {"Tomas Brandt"}


def test_a_countrys_initials_start_no_ones_name():
    # Reuters capitalises the word after `U.S.` / `U.K.`: `chief U.K. Economist`, `major U.S. Corporations`
    text = ('"The cut was disappointing," said Tomas Brandt, chief U.K. Economist at Halvard Securities. '
            "Earnings by major U.S. Corporations rose.")
    assert set(people(text)) == {"Tomas Brandt"}
    assert quotes_of(text) == [("The cut was disappointing,", "Tomas Brandt")]


def test_a_members_party_and_state_is_no_name():
    text = "Sen. Lena Osk (D-N.Y.) and Rep. Tomas Brandt, R-Kan., said so."
    assert orgs(text) == {} and set(people(text)) == {"Lena Osk", "Tomas Brandt"}


def test_a_known_name_with_its_s_keeps_it_after_another_name():
    # `Moody's and Standard and Poor's`: both are named with their `'s`, at the end of the run too
    found = orgs("The notes were rated AAA by both Moody's and Standard and Poor's.\n\nDealers said so.")
    assert set(found) == {"Moody's", "Standard and Poor's"}
    # and before a rating joined to it (`rated A-2 by Moody's and AA by S and P`), where it owns nothing
    found = orgs("The issue is rated A-2 by Moody's and AA by S and P.\n\nDealers said so.")
    assert set(found) == {"Moody's"}
    # but a name not known by its `'s` stays an owner (`Arby's and Tony Roma's`: no person of a chain's name)
    assert "Tony Roma" not in people("The division, which includes Arby's and Tony Roma's, lost money.")


def test_a_generic_word_alone_is_the_one_organisation_it_heads():
    # `The Bank` after `the Central Bank of Valdoria`: the bank, and what it says is the bank's
    text = ("The Central Bank of Valdoria raised its main rate on Monday.\n\n"
            "The Bank said inflation would slow. \"Prices will settle,\" the Bank said.")
    found = orgs(text)
    assert set(found) == {"Central Bank of Valdoria"}
    # (and `the Bank` in mid-sentence, after the story has named it so)
    assert [text[s:e] for s, e in found["Central Bank of Valdoria"].mentions] == \
        ["Central Bank of Valdoria", "Bank", "Bank"]
    assert quotes_of(text) == [("Prices will settle,", "Central Bank of Valdoria")]
    # `The Commission` after `the Aurenne Trade Commission`: the same, as the end of the name
    assert set(orgs("The Aurenne Trade Commission fined Halvard Energy Corp. The Commission said the fine "
                    "would stand.")) == {"Aurenne Trade Commission", "Halvard Energy Corp."}
    # two banks in the story: `The Bank` could be either, and is neither (nor a bank of its own); `Central Bank`
    # inside `Marsk Central Bank` is one bank, not two to choose from
    assert set(orgs("The Marsk Central Bank and the Aurenne Savings Bank met. The Bank said it acted.")) == \
        {"Marsk Central Bank", "Aurenne Savings Bank"}
    assert set(orgs("The Central Bank held rates. The Marsk Central Bank said so. The Bank said it acted.")) == \
        {"Marsk Central Bank"}
    # a paper's word is a name of its own: `the Chronicle` is not the `Sunday Chronicle`
    assert set(orgs("The Sunday Chronicle and the Chronicle both led with the story.")) == \
        {"Sunday Chronicle", "Chronicle"}


def test_countries_and_cities_are_places_not_organisations():
    text = "Valdoria and Aurenne sent delegations to Marenburg. Russia and the United States watched from Moscow."
    assert orgs(text) == {} and people(text) == {}


def test_companies_are_organisations():
    text = "Halvard Energy Corp agreed to buy Brannock Power Ltd, the companies said."
    assert set(orgs(text)) == {"Halvard Energy Corp", "Brannock Power Ltd"}


def test_mentions_are_inside_the_body_and_do_not_overlap():
    text = INTRO + '"We are ready," Kellan said, "but not at any price." Osk nodded.'
    result = extract(text)
    spans = sorted(m for e in result.persons + result.organisations for m in e.mentions)
    for (s1, e1), (s2, e2) in zip(spans, spans[1:]):
        assert e1 <= s2
    assert all(0 <= s < e <= len(text) for s, e in spans)


def test_the_one_told_is_not_the_speaker_and_appositives_may_hold_commas():
    text = ('Foreign Minister Arvid Kellan, 61, a former ambassador to Aurenne, told the Gazette: '
            '"I promised the farmers a treaty."')
    assert quotes_of(text) == [("I promised the farmers a treaty.", "Arvid Kellan")]


def test_names_joined_by_and_or_of_stay_apart():
    text = ("Finance Minister Sofia Lindqvar and Agriculture Minister Edda Holm kept their posts. "
            "Amara Tembe met Anneli Morrow of Clearwater Watch.")
    assert set(people(text)) == {"Sofia Lindqvar", "Edda Holm", "Amara Tembe", "Anneli Morrow"}
    assert set(orgs(text)) == {"Clearwater Watch"}
    # a role opening the sentence does not make the person and the university one organisation
    opening = "Economist Ruth Calloway of Marenburg University said the objections were no surprise."
    assert set(people(opening)) == {"Ruth Calloway"} and set(orgs(opening)) == {"Marenburg University"}
    assert set(orgs("Bank of Valdoria officials said nothing.")) == {"Bank of Valdoria"}


def test_dateline_city_in_capitals_is_a_place():
    text = "DRUST, May 3. /MNA/. Talks resumed in Drust on Monday."
    assert "DRUST" not in orgs(text) and "DRUST" not in people(text)


def test_what_people_call_something_is_not_a_quote():
    assert extract('The talks went on in what officials call the "final stretch".').quotes == []


def test_short_forms_of_organisations_and_lone_common_nouns():
    text = ("The National Bank of Valdoria raised rates. Union leaders objected. "
            "The National Bank said inflation was too high.")
    found = orgs(text)
    assert set(found) == {"National Bank of Valdoria"}
    assert "National Bank" in found["National Bank of Valdoria"].aliases


def test_quotes_signed_with_a_dash():
    text = INTRO + ('Readers wrote to us after the summit.\n\n'
                    '\u201cThe river is ours to share.\u201d \u2015 Mira Osk\n'
                    '\u201cNobody asked the fishermen.\u201d \u2014 Arvid Kellan\n')
    assert quotes_of(text) == [("The river is ours to share.", "Mira Osk"),
                               ("Nobody asked the fishermen.", "Arvid Kellan")]


def test_a_signed_quote_whose_signature_is_not_a_name_does_not_inherit():
    text = INTRO + ('\u201cThe river is ours to share.\u201d \u2015 Mira Osk\n'
                    '\u201cNobody asked us.\u201d \u2015 A fisherman from the delta\n')
    assert quotes_of(text) == [("The river is ours to share.", "Mira Osk"), ("Nobody asked us.", None)]


def test_colon_after_a_sentence_without_a_speech_verb_goes_to_its_subject():
    text = INTRO + 'Kellan leaned towards the microphones and boomed: "The border stays where it is."'
    assert quotes_of(text) == [("The border stays where it is.", "Arvid Kellan")]


def test_label_and_colon():
    text = INTRO + 'Kestrian envoy Mira Osk: "We came to listen, not to sign."'
    assert quotes_of(text) == [("We came to listen, not to sign.", "Mira Osk")]


def test_cue_far_from_the_name_goes_to_the_subject_after_opening_phrases():
    text = INTRO + ('On Tuesday, after Kellan left the room, Osk stayed behind and said, '
                    '"The door is still open."')
    assert quotes_of(text) == [("The door is still open.", "Mira Osk")]


def test_possessive_subject_is_not_the_speaker():
    text = INTRO + "Kellan's ministry replied: \"No comment.\""
    assert quotes_of(text)[0][1] != "Arvid Kellan"


def test_name_closed_by_a_comma_before_the_cue():
    text = INTRO + ('In a letter to the council, her deputy, Tomas Brandt, wrote: "We regret the delay."')
    assert quotes_of(text) == [("We regret the delay.", "Tomas Brandt")]


def test_long_appositive_with_abbreviations_before_the_cue():
    text = INTRO + ('"We will not be rushed," Tomas Brandt, Mr. Kellan\'s deputy for river affairs and former '
                    'director of the Marenburg Institute for Water Policy, said on Tuesday.')
    assert quotes_of(text) == [("We will not be rushed,", "Tomas Brandt")]


def test_he_goes_to_the_speaker_of_the_nearest_sentence_not_the_person_it_mentions():
    text = INTRO + ('Kellan\'s claim that Osk had walked out was false, Tomas Brandt said.\n\n'
                    '"Nobody walked out," he said.')
    assert quotes_of(text)[-1] == ("Nobody walked out,", "Tomas Brandt")


def test_a_description_of_someone_named_goes_to_the_person_the_story_is_about():
    text = INTRO + ('Kellan arrived late and spoke for an hour.\n\n'
                    '"We were patient for ten years," the 58-year-old told the assembly.')
    q = only(text)
    assert (q.speaker, text[q.speaker_mention[0]:q.speaker_mention[1]]) == ("Arvid Kellan", "the 58-year-old")


@pytest.mark.parametrize("description", ["the 31-year-old", "the world indoor champion", "the top seed"])
def test_a_description_skips_sentences_about_a_he_to_the_one_named_before(description):
    # the sentences before the description are about "he" (Brandt); the people in them are ones he beat or
    # fell short of, not the one described speaking
    text = ("Tomas Brandt won the river race in Castelmor on Sunday.\n\n"
            "Brandt cruised home ahead of Jon Dalby. He then beat Mira Osk in the second race. "
            "His times were short of Arvid Kellan's record. "
            f'"It is a very hard record to break," said {description}.')
    q = only(text)
    assert (q.speaker, text[q.speaker_mention[0]:q.speaker_mention[1]]) == ("Tomas Brandt", description)


def test_a_sentence_opening_but_he_is_about_the_he_named_before():
    text = ("Tomas Brandt spoke after the vote. But he said Arvid Kellan had lost the trust of the delta.\n\n"
            '"There is a lack of trust," he said.')
    assert quotes_of(text) == [("There is a lack of trust,", "Tomas Brandt")]


def test_an_owner_opening_the_sentence_is_not_its_subject_but_a_contraction_is():
    owned = ("Jon Dalby lost the vote. But Dalby's deputy Tomas Brandt was in no mood to celebrate. "
             'He said: "We failed the delta."')
    assert quotes_of(owned) == [("We failed the delta.", "Tomas Brandt")]
    contracted = ("Tomas Brandt and Jon Dalby spoke. Brandt's been saying for weeks that Dalby is not ready. "
                  '"You are not ready," he said.')
    assert quotes_of(contracted) == [("You are not ready,", "Tomas Brandt")]


def test_what_a_person_owns_speaks_for_them():
    text = INTRO + 'From Kellan\'s Facebook post: "We will not sign this agreement."'
    assert quotes_of(text) == [("We will not sign this agreement.", "Arvid Kellan")]


def test_a_person_or_a_day_owning_an_organisation_is_not_part_of_its_name():
    text = ("Arvid Kellan's Valdoria Ferry Company lost money. Wednesday's Marenburg International was cancelled. "
            "The Women's Rowing Association and Harbour Research said so.")
    assert set(people(text)) == {"Arvid Kellan"}
    assert {"Valdoria Ferry Company", "Marenburg International", "Women's Rowing Association",
            "Harbour Research"} <= set(orgs(text))


def test_a_title_before_a_word_that_is_no_name_makes_no_person():
    text = ("Father Christmas and Doctor Who came to the Brits. Lord Justice May ruled on Monday. "
            "Valdoria Yard said nothing.")
    assert set(people(text)) == {"May"}
    assert "Valdoria Yard" in orgs(text)


def test_an_owner_and_what_it_owns_are_not_one_name():
    found = people("Arvid Kellan's Ringworld sold well. Valdoria's Ferrycare failed. Kellan said so.")
    assert set(found) == {"Arvid Kellan"}
    assert [m for m in found["Arvid Kellan"].mentions][0] == (0, 12)


def test_a_whole_quote_followed_by_she_said_is_hers_though_her_indirect_speech_came_between():
    text = INTRO + ('Osk said: "We have already doubled the quays." She said new ferries were planned. '
                    '"We have made a firm commitment." She said ministers would consult on other proposals that '
                    'could see fishers being allowed to take some of the quay space.')
    assert [speaker for _text, speaker in quotes_of(text)] == ["Mira Osk"] * 2


def test_who_said_with_a_colon_names_the_speaker_right_before_it():
    text = INTRO + ('Jon Dalby spoke first. "We will publish the advice." This was rejected by Mr Kellan, who said: '
                    '"We have not broken the precedent." It was also denied by a harbour spokesman, who said: '
                    '"The claim is empty."')
    assert quotes_of(text) == [("We will publish the advice.", "Jon Dalby"),
                               ("We have not broken the precedent.", "Arvid Kellan"), ("The claim is empty.", None)]


def test_naming_verbs_and_run_on_phrases_are_not_direct_speech():
    text = INTRO + ('Kellan called the plan "a betrayal of the delta" and left.\n\n'
                    'Osk declared "a new chapter" for the river and smiled.\n\n'
                    'He said "we are done" on Monday.')
    kinds = [(q.text, q.kind) for q in extract(text).quotes]
    assert ("a betrayal of the delta", "direct") not in kinds
    assert ("a new chapter", "direct") not in kinds
    assert ("we are done", "direct") not in kinds


def test_a_quote_after_a_wire_digest_heading_is_direct():
    text = INTRO + 'DELTA TALKS COLLAPSE "the talks failed on Monday and nobody will say why" [Wire.]'
    assert [(q.text, q.kind) for q in extract(text).quotes] == [
        ("the talks failed on Monday and nobody will say why", "direct")]


def test_curly_single_quotes_standing_alone_are_quotes_but_apostrophes_are_not():
    text = INTRO + "Kellan: \u2018We\u2019re not leaving the delta.\u2019\n\nOsk\u2019s reply was short."
    q = only(text)
    assert (q.text, q.speaker) == ("We\u2019re not leaving the delta.", "Arvid Kellan")


def test_single_quotes_inside_a_double_quote_stay_part_of_it():
    text = INTRO + "\u201cHe told me \u2018never again\u2019 and left,\u201d Osk said."
    assert quotes_of(text) == [("He told me \u2018never again\u2019 and left,", "Mira Osk")]


def test_he_skips_a_sentence_whose_subject_is_the_same_he():
    text = INTRO + ('Kellan spoke after the vote. He said getting Tomas Brandt to resign was not his aim.\n\n'
                    '"The ministry comes first," he said.')
    assert quotes_of(text)[-1] == ("The ministry comes first,", "Arvid Kellan")


def test_a_possessive_after_the_cue_or_before_the_title_is_not_the_speaker():
    text = INTRO + ('Asked about it, Osk did not apologize, but said Kellan\u2019s son was acting out of worry: '
                    '\u201cIt is pretty rattling.\u201d\n\n'
                    'Kellan\u2019s chief of staff Tomas Brandt replied: \u201cNo comment.\u201d')
    assert quotes_of(text) == [("It is pretty rattling.", "Mira Osk"), ("No comment.", "Tomas Brandt")]


def test_an_indefinite_description_is_nobody_named_even_with_a_name_inside():
    text = INTRO + ('"This is not a surrender," one senior Kellan adviser said on Tuesday.\n\n'
                    '"We will see," said a Valdorian Foreign Ministry official.')
    assert quotes_of(text) == [("This is not a surrender,", None), ("We will see,", None)]
    q = extract(text).quotes[0]
    assert text[q.speaker_mention[0]:q.speaker_mention[1]] == "one senior Kellan adviser"


def test_a_name_after_the_description_that_introduces_it():
    text = INTRO + '"We are anxious," said another delegate, Tomas Brandt. "The river is rising."'
    assert quotes_of(text) == [("We are anxious,", "Tomas Brandt"), ("The river is rising.", "Tomas Brandt")]


def test_a_few_writer_words_between_the_quote_and_its_attribution():
    text = INTRO + ('"The only way the delta recovers is a treaty" with teeth, Osk said on Tuesday.\n\n'
                    '\u201cI admire the mechanics\u201d of the plan, said Kellan.')
    assert quotes_of(text) == [("The only way the delta recovers is a treaty", "Mira Osk"),
                               ("I admire the mechanics", "Arvid Kellan")]


def test_a_person_with_an_unlisted_given_name_is_known_by_the_description_after_it():
    text = INTRO + ('Zorveth Amaranth, a ferry captain from the delta, joined the talks.\n\n'
                    '"Nobody asked us," she said.')
    result = extract(text)
    assert "Zorveth Amaranth" in [p.name for p in result.persons]
    assert result.quotes[-1].speaker == "Zorveth Amaranth"


def test_a_thing_with_a_description_after_it_is_not_a_person():
    text = INTRO + "Special Drawing Rights, a reserve asset of the fund, were discussed."
    assert "Special Drawing Rights" not in [p.name for p in extract(text).persons]


def test_where_the_speaker_is_from_between_name_and_verb():
    text = INTRO + ('"It was the least bad outcome," Mr. Brandt of the Delta Fishermen\'s Union said.\n\n'
                    '"It will be overridden," Senate Leader Tomas Brandt, R-Ky., said Tuesday.')
    assert [s for _, s in quotes_of(text)] == ["Tomas Brandt", "Tomas Brandt"]


def test_a_person_of_an_organisation_speaks_after_a_sentence_ending_in_a_capitalised_word():
    # `on Monday.` before the name is a sentence's end, not a preposition and a title (`about Sen. Osk`)
    text = 'Aid groups met in Marenburg on Monday.\n\nLena Varga of the JCWR said: "The rules are not fair."'
    assert quotes_of(text) == [("The rules are not fair.", "Lena Varga")]


def test_a_participle_after_as_with_its_agent_is_not_the_verb_that_speaks():
    text = INTRO + ('Dr Osk described the action taken by ferry firms as revealed by the survey as "too little, '
                    'too late".')
    assert quotes_of(text) == [("too little, too late", "Mira Osk")]


def test_an_appositive_opening_with_a_title_of_several_capitalised_words_leaves_the_person_speaking():
    text = INTRO + ('Earlier, Jon Dalby, Chief Executive of Marenburg Harbour NHS Trust, had said: "It is with real '
                    'regret that we have taken this step."')
    assert quotes_of(text) == [("It is with real regret that we have taken this step.", "Jon Dalby")]
    text = INTRO + 'Lena Ward, Executive Vice President of Halvard Securities, said, "They are still starting up."'
    assert quotes_of(text) == [("They are still starting up.", "Lena Ward")]


@pytest.mark.parametrize("attribution, speaker", [
    ("said VHB chief economist, Jon Dalby.", "Jon Dalby"),
    ("said the Harbour Committee chairman, MP Lena Ward.", "Lena Ward"),
    ("said Halvard Shipping Ltd director of planning, Ivo Brandt.", "Ivo Brandt"),
])
def test_a_name_set_off_after_a_role_of_an_organisation_behind_the_speech_verb_speaks(attribution, speaker):
    text = INTRO + f'"The ferries will run on time," {attribution}'
    assert quotes_of(text) == [("The ferries will run on time,", speaker)]


@pytest.mark.parametrize("verb", ["retaliated", "sniped", "seethed", "griped", "groused", "ranted", "huffed",
                                  "deadpanned", "reasoned", "raged"])
def test_more_speech_verbs_of_the_press(verb):
    text = INTRO + (f'Kellan said: "Marenburg is no longer Marenburg."\n\n'
                    f'"Marenburg will always be Marenburg," an angry Osk {verb}.')
    assert quotes_of(text)[-1] == ("Marenburg will always be Marenburg,", "Mira Osk")


def test_a_noun_spelt_like_a_speech_verb_makes_no_quote_speech():
    assert extract('Santini has resigned for "personal reasons" and left a familiar, nativist "rant" behind.').quotes == []


def test_they_is_the_organisation_that_spoke_or_one_just_named_not_one_named_in_passing_long_before():
    # researchers at a university, paragraphs after it was named in passing: no one the story names
    text = ("Economists at the Marenburg Institute of Technology studied the ferries.\n\n" + "Ferry traffic fell. " * 30
            + '\n\n"These results should make us rethink the harbour," they argued.')
    assert quotes_of(text)[-1] == ("These results should make us rethink the harbour,", None)
    # the board that spoke before is `they`, however far back
    text = ('"We will reopen the quays," the Valdoria Harbour Board said.\n\n' + "Ferry traffic fell. " * 30
            + '\n\n"The quays are safe," they added.')
    assert quotes_of(text)[-1] == ("The quays are safe,", "Valdoria Harbour Board")
    # and one named in the sentence before
    assert quotes_of('The Valdoria Harbour Board met. "The quays are safe," they said.') == [
        ("The quays are safe,", "Valdoria Harbour Board")]


def test_a_long_appositive_between_the_name_and_its_verb_leaves_the_name_speaking():
    # 158 characters of appositive, no comma or full stop inside
    text = INTRO + ('"Very good ferries, very good ferries these," Kellan, the 2016 Valdorian Harbour frontrunner nationally '
                    'and current polling leader in the whole delta by a wide margin after winning the Marenburg and Osk '
                    'primaries, said when Osk asked him.')
    assert quotes_of(text) == [("Very good ferries, very good ferries these,", "Arvid Kellan")]


def test_a_role_of_an_organisation_then_the_name_in_apposition_is_that_person():
    text = INTRO + ('"Is the ministry going to finally mention the ferries?" the presumptive VHB harbour nominee, '
                    'Jon Dalby, tweeted Sunday after the vote.')
    assert quotes_of(text) == [("Is the ministry going to finally mention the ferries?", "Jon Dalby")]
    # the organisation itself still speaks where no one is named beside its role
    text = INTRO + '"The ferries will run," the VHB said on Sunday.'
    assert quotes_of(text) == [("The ferries will run,", "VHB")]


def test_an_appositive_opening_with_a_capitalised_role_leaves_the_person_before_it_speaking():
    text = INTRO + ('Lena Varga, Chairwoman of the Marenburg Ferry Union, said the levy could prove "disastrous."')
    assert quotes_of(text) == [("disastrous.", "Lena Varga")]
    text = INTRO + ('Jon Dalby, European outreach coordinator for the river group Delta Watch, said that Kellan should '
                    'not be blamed. "Of course the ministry may choose its own ferries."')
    assert quotes_of(text)[-1] == ("Of course the ministry may choose its own ferries.", "Jon Dalby")
    # a list of names is no appositive: the one named last before the verb speaks
    text = INTRO + 'Kellan, Osk and the Delta Watch group said the talks were "a beginning".'
    assert quotes_of(text)[-1][1] != "Arvid Kellan"


def test_a_he_whose_own_sentence_names_people_only_after_prepositions_is_someone_named_before():
    text = ('The Lord Chancellor, Lord Falconer, agreed the act was unfair.\n\n'
            'The changes proposed by Lord Dubs were a "complex and controversial undertaking", he said.')
    assert quotes_of(text) == [("complex and controversial undertaking", "Falconer")]
    text = ('President Kellan said the delta was "safe".\n\n'
            'But standing next to Mr Dalby he added that it was crucial to tackle "the core of the problem".')
    assert quotes_of(text)[-1] == ("the core of the problem", "Kellan")
    # an owner is no object of a preposition: `Osk's manager says he is` stays with the nearest he
    text = ('President Kellan spoke.\n\nJon Osk\'s campaign manager says he is "gratified" by the decision.')
    assert quotes_of(text)[-1] == ("gratified", "Jon Osk")


def test_a_description_opening_its_sentence_before_the_speech_verb_is_the_one_just_named():
    text = ('Mira Osk has been forced out of the Marenburg indoor championships.\n\n'
            'The double Olympic champion said: "I am very disappointed."')
    assert quotes_of(text) == [("I am very disappointed.", "Mira Osk")]
    # a firm's description speaks for the firm; a thing in -ment or a sector is nobody
    text = ('Halvard Motors is considering a factory in Marenburg.\n\n'
            'The Valdorian giant said it remained only a "potential" idea.')
    assert quotes_of(text) == [("potential", "Halvard Motors")]
    text = ('The three indicted were named as Jon Dalby and Tomas Brandt.\n\n'
            'The indictment said the defendants arranged "rigged and fraudulent" trades.')
    assert quotes_of(text) == [("rigged and fraudulent", None)]
    text = ('The Valdorian ferry sector will continue to face "serious challenges" over the next two years, the '
            'Harbour Chamber of Commerce (HCC) has said.')
    assert quotes_of(text) == [("serious challenges", "Harbour Chamber of Commerce")]


def test_a_speech_verb_form_before_an_auxiliary_after_an_article_is_a_noun():
    text = INTRO + ('Kellan spoke on Friday. He said the latest jobs report will not worry the bank, but "it '
                    'does suggest rates cannot rise."')
    assert quotes_of(text)[-1] == ("it does suggest rates cannot rise.", "Arvid Kellan")
    # not a parenthetical `it says`, nor a past form (`which the communique said were`)
    text = ('Halvard Air will suspend the flights, which it says will remain "under constant review".')
    assert quotes_of(text) == [("under constant review", "Halvard Air")]


def test_a_participle_after_he_said_is_his():
    text = ('Jon Dalby does not see the role of the department as antiquated.\n\n'
            '“There are towns around the country that, for economic reasons as well as the history of civil rights, '
            'require some level of federal involvement,” he said, adding the involvement should be “minimal.”')
    assert quotes_of(text)[-1] == ("minimal.", "Jon Dalby")


def test_a_speech_verb_form_after_an_article_and_an_adjective_is_a_noun():
    # `rules` in `the new rules` is no speech verb, whose speaker would have been looked for before it
    text = INTRO + 'Lena Varga of the JCWR said the new rules were "not proportionate".'
    assert quotes_of(text) == [("not proportionate", "Lena Varga")]
    text = INTRO + 'Kellan told parliament in a written answer that "talks have been held at official level."'
    assert quotes_of(text) == [("talks have been held at official level.", "Arvid Kellan")]
    # an adjective that is also a noun for someone (`an official`) leaves the verb after it a verb
    text = INTRO + 'The ministry was silent, but an official said "it is extremely likely."'
    assert quotes_of(text) == [("it is extremely likely.", None)]


def test_a_quote_signed_by_someone_the_word_lists_do_not_know():
    text = INTRO + '\u201cThe delta is not for sale.\u201d \u2015 Zorveth Amaranth.\n\nPhoto: archive.'
    assert quotes_of(text) == [("The delta is not for sale.", "Zorveth Amaranth")]


def test_an_honorific_makes_a_person_of_a_word_that_is_also_a_nationality_or_place():
    text = INTRO + '"Part of my job is to say it," Mr. English said of Kellan.\n\nMs. Jordan said: "Fine."'
    assert quotes_of(text) == [("Part of my job is to say it,", "English"), ("Fine.", "Jordan")]


def test_a_clause_between_a_comma_ended_quote_and_its_attribution():
    text = INTRO + '"He was going to make the name known," as his father dreamed, Mr. Brandt said.'
    assert quotes_of(text) == [("He was going to make the name known,", "Brandt")]


def test_a_surname_that_is_also_a_place_is_the_person_the_story_names():
    text = ("Marenburg envoy Lisa Monaco met Kestrian envoy Mira Osk in Marenburg.\n\n"
            '"Nobody gets a free pass," Monaco said at a conference.')
    assert quotes_of(text) == [("Nobody gets a free pass,", "Lisa Monaco")]


def test_a_quote_given_to_a_place_or_to_one_of_a_crowd_does_not_inherit_a_speaker():
    text = INTRO + ('"We will sign," Kellan said.\n\n"It is raining in the delta," Marenburg said.\n\n'
                    '"I am voting for him," one said.\n\n"I feel good," said another.')
    assert [s for _, s in quotes_of(text)] == ["Arvid Kellan", None, None, None]


@pytest.mark.parametrize("body", [
    'He said \u201c' + '. ' * 100_000 + 'a\u201d and more.\n',  # a long run of punctuation inside a quote
    'John Smith of ' + 'A' * 300 + ' 1 said, "We will win the vote."\n',  # a long capitalised word after "of"
], ids=["punctuation-run", "capitalised-word"])
def test_no_regular_expression_backtracks_without_end(body):
    """Both inputs took hours with patterns that could split them many ways (`[.!?]\\W*$`, `([A-Z]\\w*\\s*){1,5}`);
    run in a child process so that a return of that bug fails the test instead of hanging the suite."""
    import subprocess
    import sys
    code = "import sys; from search_index.extraction import extract; extract(sys.stdin.read())"
    done = subprocess.run([sys.executable, "-c", code], input=body, text=True, timeout=120, capture_output=True)
    assert done.returncode == 0, done.stderr


def test_all_capitals_copy_has_no_digest_headings():
    text = INTRO + 'HE DESCRIBED THE PLAN AS "A TOTAL DISASTER" FOR THE PARTY.'
    assert [q.kind for q in extract(text).quotes if q.text == "A TOTAL DISASTER"] != ["direct"]


def test_a_sentence_ends_after_a_doubled_apostrophe_quote():
    """LexisNexis copy closes quotes with two apostrophes: `''Morning Report.'' ''The river…` is two sentences, so
    the second quote opens a sentence of its own and is direct."""
    text = INTRO + ("''We will sign,'' Mr. Kellan said on ''Morning Report.'' ''The river is ours, and the delta "
                    "with it.''")
    kinds = {q.text: q.kind for q in extract(text).quotes}
    assert kinds["The river is ours, and the delta with it."] == "direct"
    assert kinds.get("Morning Report.") != "direct"


def test_a_quote_after_a_dash_is_an_aside_in_the_writers_sentence():
    text = INTRO + ("Kellan's answer on every visit \u2014 \u201cThe river decides\u201d \u2014 came again on Monday."
                    "\n\nHer catchphrase\u2014\u201cRiver first!\u201d\u2014no longer draws a crowd.")
    kinds = {q.text: q.kind for q in extract(text).quotes}
    assert kinds.get("The river decides") != "direct"
    assert kinds.get("River first!") != "direct"


def test_a_speech_verb_that_ends_like_a_scare_word_is_still_a_speech_verb():
    """`marked "FRAGILE"` is a label, but `remarked: "..."` is speech: the scare words match whole words only."""
    text = INTRO + 'Later, Kellan remarked: "Twice now the river has been promised away."'
    assert [(q.text, q.kind) for q in extract(text).quotes] == [
        ("Twice now the river has been promised away.", "direct")]


def test_the_second_piece_of_an_interrupted_quote_is_direct_like_the_first():
    text = INTRO + ('"The river is ours," Kellan said at a rally in Marenburg on Monday, "and the delta with it."\n\n'
                    '"I like Osk," he said, but "when it comes to the water, she has a history."\n\n'
                    '"We will talk," Kellan said, adding that the envoy was "a hard bargainer."')
    kinds = {q.text: (q.kind, q.speaker) for q in extract(text).quotes}
    assert kinds["and the delta with it."] == ("direct", "Arvid Kellan")
    assert kinds["when it comes to the water, she has a history."] == ("direct", "Arvid Kellan")
    assert kinds["a hard bargainer."][0] == "partial"  # words woven into the writer's clause, not a resumption


def test_straight_single_quotes_in_a_headline_but_not_in_the_body():
    text = ("Kellan: 'We stay on the river.'\n\n" + INTRO +
            "Since the '90s the voters' rolls have grown, and 'the delta' is still a word for home.")
    assert [(q.text, q.kind) for q in extract(text).quotes] == [("We stay on the river.", "direct")]


def test_a_whole_sentence_quoted_after_a_lead_in_closed_by_a_comma_is_direct():
    text = INTRO + ('As the envoy put it, "Nobody wins a war over a river."\n\n'
                    'Kellan recalled that in the flood year, "I paid every fisherman myself."\n\n'
                    'Osk ended the evening with her favourite song, "Down By The Water."')
    kinds = {q.text: q.kind for q in extract(text).quotes}
    assert kinds["Nobody wins a war over a river."] == "direct"
    assert kinds.get("I paid every fisherman myself.") != "direct"  # part of a reported clause
    assert kinds.get("Down By The Water.") != "direct"  # a title


def test_a_quote_runs_on_only_into_a_paragraph_opening_with_the_same_kind_of_mark():
    """A straight-quoted block copied from another paper, left open, is followed by a paragraph opening with a curly
    quote of the story's own: two quotes, not one running over both paragraphs."""
    text = INTRO + ('The Marenburg Courier reported:\n\n"Kellan arrived late and left early, and the envoys '
                    'waited for him all afternoon.\n\n\u201cI was never late in my life,\u201d Kellan said.')
    texts = [q.text for q in extract(text).quotes]
    assert texts == ["Kellan arrived late and left early, and the envoys waited for him all afternoon.",
                     "I was never late in my life,"]
    multi = INTRO + '"The river is ours.\n\n"And the delta is ours too," Kellan said.'
    assert [q.text for q in extract(multi).quotes] == ['The river is ours.\n\n"And the delta is ours too,']


def test_an_aside_in_dashes_or_brackets_that_opens_with_a_quote_and_its_attribution_is_direct():
    text = INTRO + ('Osk had few friends on the quay - "She has never mended a net," Tomas Brandt said - and fewer '
                    'in town.\n\nThe cooperative lost members (\u201cI am done with the board,\u201d wrote one of them.)\n\n'
                    'The envoy lobbied for a new law \u2014 "a fair share for everyone" \u2014 all winter.')
    kinds = {q.text: q.kind for q in extract(text).quotes}
    assert kinds["She has never mended a net,"] == "direct"
    assert kinds["I am done with the board,"] == "direct"
    assert kinds.get("a fair share for everyone") != "direct"  # no attribution after it: the writer's aside


def test_a_title_after_the_word_for_a_work_is_not_speech_even_with_its_full_stop():
    text = INTRO + ('Kellan said so in his memoir, "A River Of My Own."\n\n'
                    'Osk wrote in her column, "We never gave up the river, and we never will."')
    assert [(q.text, q.kind) for q in extract(text).quotes] == [
        ("We never gave up the river, and we never will.", "direct")]


def test_a_works_title_opening_a_sentence_with_its_comma_is_not_speech():
    # (`"Tales From the Crypt," an HBO series…`: the title is the sentence's subject; with a speech verb after
    # it, the same shape is someone's words)
    text = INTRO + ('Kellan will star in two revivals. "River Of No Return," a drama that first aired in 1989, '
                    'comes back in May. "Harbour Lights," which ran for nine years, follows it.\n\n'
                    '"Not Negotiable," a senior aide to the minister said of the ferry plan.')
    assert [(q.text, q.kind) for q in extract(text).quotes] == [("Not Negotiable,", "direct")]


def test_the_writers_and_i_quote_leaves_the_quote_to_the_verb_before_it():
    text = INTRO + 'No wonder Kellan said, and I quote, "We love the ferries more than the bridges."'
    q = only(text)
    assert (q.text, q.kind, q.speaker) == ("We love the ferries more than the bridges.", "direct", "Arvid Kellan")


def test_a_common_word_opening_a_sentence_before_a_known_surname_is_no_given_name():
    # (`First Trump goes to…`, `Celebrating Clinton "turning…"`: the word is the sentence's; the surname alone
    # is the person the story has named in full)
    text = INTRO + ('First Kellan goes to the delta, now he meets the envoy.\n\n'
                    'Celebrating Osk "turning the council round," Kellan wrote to an aide.\n\n'
                    'Injecting Kellan\'s ferry plan into the talks was her idea.')
    result = extract(text)
    assert sorted(p.name for p in result.persons) == ["Arvid Kellan", "Mira Osk"]
    kellan = next(p for p in result.persons if p.name == "Arvid Kellan")
    assert text.index("Kellan goes") in [s for s, _e in kellan.mentions]


def test_a_woman_called_by_her_given_name_alone_is_no_he():
    text = INTRO + ('"You winning?" Melanie asked the screen, and Melanie said yes, over and over again, until '
                    'Kellan reached the last words of his speech.\n\n"I love you," he said.')
    quotes = {q.text: q.speaker for q in extract(text).quotes}
    assert quotes["I love you,"] == "Arvid Kellan"


def test_a_body_brought_in_unnamed_speaks_unnamed_not_as_the_one_it_looks_into():
    text = ('A commission set up to unravel the affairs of Halvard Air says the airline lost 265 mln dlrs.\n\n'
            'Halvard Air had blamed the losses on the weak rupee.\n\n'
            '"These results must rank as the worst in the country\'s commercial history," the commission said.')
    q = only(text)
    assert q.speaker is None
    assert text[q.speaker_mention[0]:q.speaker_mention[1]] == "the commission"


def test_the_trade_representative_is_the_one_titled_so_not_the_president_named_since():
    text = ('U.S. Trade Representative Arvid Kellan said a textile bill was "pure protectionism."\n\n'
            'President Lena Osk vetoed that bill last year and would reject this one, he added.\n\n'
            '"We simply cannot accept legislation that would provoke retaliation," the trade representative said.')
    speakers = {q.text: q.speaker for q in extract(text).quotes}
    assert speakers["We simply cannot accept legislation that would provoke retaliation,"] == "Arvid Kellan"


def test_an_organisations_council_speaks_for_it_not_the_minister_it_answers():
    text = ('The council of the Valdorian Ferry Operators Association (VFOA) said it would press on.\n\n'
            'Transport Minister Arvid Kellan told the VFOA conference the tax would stay.\n\n'
            '"The tax negates any claim that the levy is profit based," the VFOA council said.\n\n'
            'The VFOA council said: "We will answer the minister in detail."')
    speakers = {q.text: q.speaker for q in extract(text).quotes}
    assert speakers == {"The tax negates any claim that the levy is profit based,":
                        "Valdorian Ferry Operators Association",
                        "We will answer the minister in detail.": "Valdorian Ferry Operators Association"}


def test_a_partys_report_is_not_the_party_member_named_before_it():
    text = ('The Harbour Committee said the outlook was for sluggish growth. Committee Republicans released a '
            'separate, more optimistic report.\n\n'
            '"We are skating on thin ice," Committee chairman Sen. Lena Osk, a Democrat, said in a statement.\n\n'
            '"The economy appears to be on a path of stable growth," the Republican report said.\n\n'
            '"There is now substantial concern about the dollar," the Democrat report said.')
    speakers = {q.text: q.speaker for q in extract(text).quotes}
    assert speakers["The economy appears to be on a path of stable growth,"] == "Committee Republicans"
    assert speakers["There is now substantial concern about the dollar,"] is None  # no Democrats named as a body


def test_works_in_a_list_of_films_and_a_title_going_on_after_a_colon_are_no_people():
    text = ("The studio is behind films such as My Harbour Days, Tomas Brandt, About A Ferry and Lena Varga: "
            "The Edge of the Delta. Arvid Kellan, who directed them, said it was proud.\n\n"
            "Mira Osk: The Later Years topped the charts.")
    assert sorted(p.name for p in extract(text).persons) == ["Arvid Kellan"]


def test_a_number_in_a_series_after_a_word_is_no_name():
    text = ("Reserves I, II and III have matured. Level IV reflects grain entered after Oct 6, 1981. Level V "
            "covers wheat. Busch III said the brewer would expand.")
    assert sorted(p.name for p in extract(text).persons) == ["Busch III"]


def test_new_before_a_body_and_its_officers_title_is_the_officers_not_the_bodys():
    # (`New York`, `New Zealand` are places: their bodies keep the word)
    text = ("New Marenburg Police Commissioner Sir Arvid Kellan took up his post. New York Police Commissioner "
            "Jon Dalby and New Zealand Reserve Bank Governor Mira Osk were there.")
    assert set(orgs(text)) == {"Marenburg Police", "New York Police", "New Zealand Reserve Bank"}


def test_the_spokeswoman_is_one_named_as_such_else_unnamed_not_the_last_person_spoken_of():
    text = ('Harbour Conservative leader, Lena Osk, said earlier it was "almost beyond belief".\n\n'
            'The executive spokeswoman said the leave was agreed by an advisor "in conjunction with officials".\n\n'
            'Presidential spokesman Jon Dalby backed the sanctions. Kellan wrote to him.\n\n'
            '"It is nothing to be alarmed about," the presidential spokesman added.')
    speakers = {q.text: q.speaker for q in extract(text).quotes}
    assert speakers["in conjunction with officials"] is None
    assert speakers["It is nothing to be alarmed about,"] == "Jon Dalby"


def test_a_leader_described_by_a_party_is_not_one_the_story_titled_otherwise():
    text = ('New Home Secretary Arvid Kellan has vowed to press on with the ferry plan despite a call for a pause '
            'from Mira Osk.\n\n'
            'The Lib Dem leader said the resignation was a "good opportunity" to think again.')
    assert only(text).speaker != "Arvid Kellan"


def test_an_office_of_a_named_body_is_the_one_named_after_it_or_no_one():
    text = ('Sir Arvid Kellan himself was briefed only this week. "It will be a tragedy if the ministry is '
            'half-hearted," said the chairman of the Harbour education committee, Labour MP Jon Dalby.\n\n'
            '"It is a fine match," said Lena Varga, who wrote a biography of the couple. The Archbishop of '
            'Marenburg said: "I am pleased that they have decided to take this step."')
    speakers = {q.text: q.speaker for q in extract(text).quotes}
    assert speakers["It will be a tragedy if the ministry is half-hearted,"] == "Jon Dalby"
    assert speakers["I am pleased that they have decided to take this step."] is None


def test_a_description_s_role_named_after_it_is_the_speaker():
    text = ('Officials of the Harbour Growers Group met in Marenburg. The Eastern Bloc buys most of the cane, which, '
            'according to the group\'s executive-secretary Lena Varga, "grows like a weed" in the delta.')
    assert only(text).speaker == "Lena Varga"


def test_a_unit_a_date_and_a_holiday_after_a_name_are_no_people():
    text = ("Perry Nuclear Unit One was shut on Jan Six, Marenburg Power said. Dalby Unit Two said it would restart. "
            "Police said the San Bernardo Christmas party would go ahead. Lena Lent said she would attend.")
    assert sorted(p.name for p in extract(text).persons) == ["Lena Lent"]


def test_a_verb_of_naming_beside_a_speech_verb_does_not_speak_for_the_paragraph_after_a_colon():
    text = ("As the Harbour Courier reported, even on Friday the ministry was refusing to call the ferry sinking "
            "a crime:\n\n"
            '"The ministry is still reluctant to call the sinking a crime, citing the inquiry."\n\n'
            "Kellan called them on it:\n\n"
            '"The questions asked today show why nobody trusts the ministry."')
    speakers = {q.text: q.speaker for q in extract(text).quotes}
    assert speakers == {"The ministry is still reluctant to call the sinking a crime, citing the inquiry.":
                        "Harbour Courier",
                        "The questions asked today show why nobody trusts the ministry.": "Kellan"}


def test_a_participle_alone_before_a_quote_goes_on_from_the_sentence_before():
    text = INTRO + ('"People are hurting in this country," Osk told the show.\n\n'
                    'Later, after the Osk interview ended, Kellan stated of the scandal that the report "was not '
                    'good." Adding, "Now, like with all such scandals, it is how they handle it."')
    speakers = {q.text: q.speaker for q in extract(text).quotes}
    assert speakers["Now, like with all such scandals, it is how they handle it."] == "Arvid Kellan"


def test_a_participles_speaker_is_not_a_name_after_a_preposition_an_owner_or_a_name_before_its_people():
    text = INTRO + (
        'Small groups of protesters asked for news of the shooting of Tomas Brandt, looping the quays while '
        'chanting, "Hands up, don\'t shoot."\n\n'
        'The Halvard Ferry Company said it would not bid. But it said it continued to oppose Mr Dalby\'s plans, '
        'calling his assumptions "aggressive" and his plan "damaging".\n\n'
        'Things got testy at the Marenburg Ferry College, when Kellan protesters interrupted the speech, '
        'shouting "she wins, we lose!"\n\n'
        'The trouble began on the radio show, with Lena Varga marching up to him, saying "Arvid, that\'s rubbish".\n\n'
        'Osk\'s campaign shrugged off the remarks, telling reporters, "Nobody on her team has asked for that."')
    speakers = {q.text: q.speaker for q in extract(text).quotes}
    assert speakers["Hands up, don't shoot."] is None
    assert speakers["damaging"] == "Halvard Ferry Company"
    assert speakers["she wins, we lose!"] is None
    assert speakers["Arvid, that's rubbish"] == "Lena Varga"
    assert speakers["Nobody on her team has asked for that."] == "Mira Osk"


def test_a_title_several_hold_of_places_then_their_names_are_people():
    text = ("Presidents of Norway and Finland Arvid Kellan and Mira Osk discussed regional security on Wednesday, "
            "said Lena Varga, spokeswoman of the Valdorian leader.")
    assert sorted(p.name for p in extract(text).persons) == ["Arvid Kellan", "Lena Varga", "Mira Osk"]


def test_two_surnames_run_together_are_the_two_people_named_in_full():
    text = ("Valdorian President Arvid Kellan offered Kestrian President Mira Osk a delay in 2021.\n\n"
            "During that conversation with Kellan Osk agreed that the port was not ready.")
    result = extract(text)
    assert sorted(p.name for p in result.persons) == ["Arvid Kellan", "Mira Osk"]
    osk = next(p for p in result.persons if p.name == "Mira Osk")
    assert text.index("Osk agreed") in [s for s, _e in osk.mentions]


def test_a_statistics_firm_named_like_a_person_is_an_organisation():
    text = "European beet plantings will fall this year, West German sugar statistician F.O. Licht said."
    result = extract(text)
    assert ([p.name for p in result.persons], [o.name for o in result.organisations]) == ([], ["F.O. Licht"])


def test_a_headlines_verb_after_a_name_is_no_part_of_it():
    text = ("Mira Osk frequently offered warm words for the harbour banks during her paid speeches.\n\n"
            "And she joked at a Harbour Bank conference in June about the bankers being “the smartest people.”\n\n"
            "Below are more of the excerpts from her speeches, as presented by her speaker’s bureau:\n\n"
            "When A Questioner At Harbour Bank Said She Raised Money For Mira Osk In 2008, Mira Osk Joked “You Are "
            "The Smartest People.” “PARTICIPANT: Secretary, I have had the honor to raise money for you.”")
    result = extract(text)
    assert [p.name for p in result.persons] == ["Mira Osk"]
    assert {q.text: q.speaker for q in result.quotes}["You Are The Smartest People."] == "Mira Osk"


def test_a_show_told_and_a_page_s_label_are_not_speech():
    # (`told "Fox and Friends,"`: who was told, in Title Case; `"Related:"` alone on its line labels a link)
    text = INTRO + ('"The river is ours," Osk told "Good Morning Marenburg," reminding the hosts of the vote.\n\n'
                    '"Related:"\n\nKellan Puts Ferries First.\n\nShe told reporters, "We will sail."')
    assert [(q.text, q.kind) for q in extract(text).quotes] == [
        ("The river is ours,", "direct"), ("We will sail.", "direct")]


def test_a_headline_followed_by_its_byline_is_not_speech():
    text = INTRO + ('RIVER BEAT\u2014"Ferry service to the delta resumes in spring," by the Courier\'s Ann Lee: "The '
                    'ferry will run twice a day."\n\nThe plan was called "a betrayal of the delta" by Osk.')
    kinds = {q.text: q.kind for q in extract(text).quotes}
    assert "Ferry service to the delta resumes in spring," not in kinds
    assert kinds["The ferry will run twice a day."] == "direct"
    assert kinds["a betrayal of the delta"] == "partial"  # a passive `by` names who said it


def test_a_noun_spelt_like_a_speech_verb_does_not_introduce_a_direct_quote():
    text = INTRO + ('Osk said Kellan\'s remarks "have done lasting harm to the talks."\n\n'
                    'The ministry said her comments "were never meant for publication."')
    kinds = {q.text: q.kind for q in extract(text).quotes}
    assert kinds["have done lasting harm to the talks."] == "partial"
    assert kinds["were never meant for publication."] == "partial"


def test_an_interrupted_quote_resumes_after_an_attribution_with_an_abbreviation():
    text = INTRO + ('"I expect the envoy to be fair," Kellan said at a rally in Port Arvo, N.V., "but the whole '
                    'delta is watching."')
    kinds = [(q.text, q.kind, q.speaker) for q in extract(text).quotes]
    assert kinds[1] == ("but the whole delta is watching.", "direct", "Arvid Kellan")


def test_a_quote_opening_with_a_finite_verb_continues_the_writers_subject():
    text = INTRO + ('Little of what the envoy said "will change the vote," Kellan said.\n\n'
                    '"The answer," Kellan said, "is that nobody owns the river."')
    kinds = {q.text: q.kind for q in extract(text).quotes}
    assert kinds["will change the vote,"] == "partial"
    assert kinds["is that nobody owns the river."] == "direct"  # the second piece of an interrupted quote


def test_quotes_in_a_list_after_a_direct_one_are_direct_too():
    text = INTRO + 'The crowd chanted back at Kellan, "Open the river," and "Close the dam."'
    assert [(q.text, q.kind) for q in extract(text).quotes] == [
        ("Open the river,", "direct"), ("Close the dam.", "direct")]


def test_a_long_first_line_of_apostrophes_is_not_read_for_headline_quotes():
    """Straight single quotes are read in a headline-length first line only: in a long one, the pattern could scan
    from every apostrophe past every later one. Run in a child process so that a return of that cost fails."""
    import subprocess
    import sys
    code = "import sys; from search_index.extraction import extract; extract(sys.stdin.read())"
    body = "'a " * 200_000 + "\n\nKellan said: 'We stay.'\n"
    done = subprocess.run([sys.executable, "-c", code], input=body, text=True, timeout=120, capture_output=True)
    assert done.returncode == 0, done.stderr


def test_an_interrupted_quote_resumes_after_an_attribution_with_a_long_appositive():
    text = INTRO + ('"The river is ours," said Tomas Brandt, director of fisheries studies at the Northern Rivers '
                    'Institute for Water and Delta Research in Port Arvo, "but not for long."')
    assert [(q.text, q.kind) for q in extract(text).quotes][1] == ("but not for long.", "direct")


def test_firms_institutions_and_common_words_are_not_people():
    """A second look at people named by one word or named like a firm (extraction/single_names.py)."""
    body = ("Halvard Berg and Co Inc raised its forecast for the Velsa basin. Halvard Berg said the move was sound.\n\n"
            "Torvik Corp cut its prices. Torvik said sales fell.\n\n"
            "Officials said the talks under the General Compact on Rivers and Dams (GCRD) would go on, and officials "
            "in Marenburg agreed. Treasury said it would pay.\n\n"
            "President Osk spoke first. \"We stay,\" Osk said. \"We go,\" Dalby said.")
    result = extract(body)
    people = {p.name for p in result.persons}
    orgs = {o.name: o for o in result.organisations}
    assert people == {"Osk", "Dalby"}  # a titled one-word name, and one no list knows, stay people
    assert "Halvard Berg and Co Inc" in orgs and "Halvard Berg" in orgs["Halvard Berg and Co Inc"].aliases
    assert "Torvik Corp" in orgs
    assert "Treasury" in orgs
    speakers = [q.speaker for q in result.quotes]
    assert speakers == ["Osk", "Dalby"]
    for org in result.organisations:  # offsets still name the organisation
        for start, end in org.mentions:
            assert body[start:end] in {org.name, *org.aliases}, (org.name, body[start:end])


def test_a_speech_verb_after_an_appositive_is_found_before_a_later_clause():
    """One regex taking the longest appositive swallowed the verb and stopped at `when`, `and`."""
    text = INTRO + ('"The dam can wait," Osk, once a ferry pilot, told the Delta Courier in an interview, when asked '
                    'about the budget.\n\n"Sit down, please," Kellan barked and an usher walked the heckler outside.')
    assert quotes_of(text) == [("The dam can wait,", "Mira Osk"), ("Sit down, please,", "Arvid Kellan")]


def test_a_description_runs_to_its_last_person_noun():
    """`the former` looked like a person noun (-er) and stopped the description before `president`."""
    text = ("Former President Oren Vasko came to Marenburg with his son on Monday.\n\n"
            '"The river has never been this low," the former president told a crowd.\n\n'
            "Shipping magnate Tomas Brandt spoke later.\n\n"
            '"My favourite place is the ferry deck," the billionaire shipping mogul told the Courier.')
    assert quotes_of(text) == [("The river has never been this low,", "Oren Vasko"),
                               ("My favourite place is the ferry deck,", "Tomas Brandt")]


def test_a_paragraph_ending_in_a_colon_without_a_speech_verb_gives_its_subject():
    text = INTRO + ('In response to the vote, Kellan issued the following statement:\n\n'
                    '"The river belongs to both of us."\n\n'
                    "The Delta Courier confirmed the account, reporting:\n\n"
                    '"The minister left before the vote."')
    assert quotes_of(text) == [("The river belongs to both of us.", "Arvid Kellan"),
                               ("The minister left before the vote.", "Delta Courier")]


def test_a_possessive_owning_something_said_makes_the_owner_the_speaker():
    text = INTRO + "Kellan's response was: \"Is the ferry still running?\""
    assert quotes_of(text) == [("Is the ferry still running?", "Arvid Kellan")]
    # what the name owns is not always something said
    text = INTRO + "Kellan's deputy said: \"Is the ferry still running?\""
    assert quotes_of(text) == [("Is the ferry still running?", None)]


def test_a_speech_verb_used_as_a_noun_does_not_end_a_title_and_a_suffix_does_not_hide_the_verb():
    text = INTRO + ('"We will not sign," said former secretary of state Lena Ward, who spoke first.\n\n'
                    '"Nobody asked us," Tomas Brandt Jr., the mayor of the delta town, said at a meeting.')
    assert quotes_of(text) == [("We will not sign,", "Lena Ward"), ("Nobody asked us,", "Tomas Brandt Jr.")]


def test_a_quote_signed_with_a_dash_in_the_next_paragraph():
    text = INTRO + ('"We never voted for the dam."\n\n- Mira Osk.\n\nThat is not quite true.\n\n'
                    '"The river is ours."\n\n-Foreign Minister Arvid Kellan, speaking after the vote.\n\n'
                    '"I was there too."\n\n- Zqx.')
    assert quotes_of(text) == [("We never voted for the dam.", "Mira Osk"), ("The river is ours.", "Arvid Kellan"),
                               ("I was there too.", None)]


def test_a_long_description_and_a_description_opening_the_sentence():
    text = ("President Oren Vasko spoke on Monday about the river.\n\n"
            '"The delta floods every spring. The ferry stops every spring," the independent Valdorian president and '
            "former river pilot candidate told the Courier.\n\n"
            "The president noted that he had grown up on the river, and added: \u201cI have seen it flood before.\u201d")
    assert quotes_of(text) == [("The delta floods every spring. The ferry stops every spring,", "Oren Vasko"),
                               ("I have seen it flood before.", "Oren Vasko")]


def test_a_name_after_a_preposition_before_the_attribution_is_not_the_speaker():
    text = INTRO + ('"It looks unlikely" that Osk will sign with Kellan, said Tomas Brandt, a former minister. "The '
                    "harbour towns want a bridge.\"\n\nKellan missed the morning vote, Brandt said, adding, \"The ferry "
                    'was late again."')
    assert quotes_of(text) == [("It looks unlikely", "Tomas Brandt"),
                               ("The harbour towns want a bridge.", "Tomas Brandt"),
                               ("The ferry was late again.", "Tomas Brandt")]


def test_a_noun_that_is_also_a_speech_verb_does_not_make_a_speaker():
    text = INTRO + "Osk later added a Kellan comment to her page, saying, \"The bridge opens in May.\""
    assert quotes_of(text) == [("The bridge opens in May.", "Mira Osk")]


def test_a_speech_verbs_form_heading_a_reported_clause_is_its_subject_not_a_speech_verb():
    # (`estimates had been revised`: what Ferrado reported, and Ferrado is the one whose words are quoted)
    text = ("Shares in Ferrado Energy, an oil firm, fell.\n\n"
            'But Ferrado said estimates had been revised in what was a "significant downgrade of the field".')
    assert quotes_of(text) == [("significant downgrade of the field", "Ferrado Energy")]


def test_a_chain_of_the_same_pronoun_is_followed_back_past_two_paragraphs():
    text = ("Speaker Tomas Brandt met Foreign Minister Arvid Kellan on Monday.\n\n"
            '"The ferry contract is not ready," Brandt told the Courier about the deal with Kellan. "We need '
            'another month."\n\n'
            "The delay surprised the river council, which had expected a vote. He said on Tuesday that Kellan "
            "must first explain the costs.\n\n"
            '"Nobody signs a blank cheque," he said.')
    assert [s for _, s in quotes_of(text)] == ["Tomas Brandt", "Tomas Brandt", "Tomas Brandt"]


def test_a_chief_and_a_numbered_suffix_before_a_name_that_is_also_a_place():
    text = INTRO + ('"The harbour gate was open all night," Marenburg police Chief Tomas Chad said on Monday.\n\n'
                    '"Nobody asked the fishermen," Vannor R. Keel II, a columnist at the Courier, said in a post.')
    assert quotes_of(text) == [("The harbour gate was open all night,", "Tomas Chad"),
                               ("Nobody asked the fishermen,", "Vannor R. Keel II")]


def test_the_second_piece_after_a_quote_woven_into_the_sentence_has_its_speaker():
    text = INTRO + ('Osk said the bridge mattered because "the ferry cannot carry the trucks," she said. '
                    '"Every harvest is late by a week."')
    assert [s for _, s in quotes_of(text)] == ["Mira Osk", "Mira Osk"]


def test_a_surname_that_is_a_nationality_is_the_person_the_story_names_in_full():
    text = ("Shipping magnate Mark Dutch spoke to the Courier on Sunday.\n\n"
            '"I have not decided anything," said Dutch, who also owns a ferry line.\n\n'
            '"Ask me after the harvest," Dutch said.')
    assert [s for _, s in quotes_of(text)] == ["Mark Dutch", "Mark Dutch"]
    # named only by the nationality, nobody is a person
    assert extract('"We stay," Dutch said.').persons == []


def test_a_title_inside_a_name_is_not_taken_for_the_rightmost_title():
    text = INTRO + '"The vote will be close," said Representative Oskar T. King of Marenburg, who backs Kellan.'
    assert quotes_of(text) == [("The vote will be close,", "Oskar T. King")]


def test_an_opening_phrase_with_an_abbreviation_and_more_speech_verbs():
    text = INTRO + ("Asked on Monday whether Mr. Kellan would run again, Ms. Osk smiled and said, \"Never.\"\n\n"
                    '"Would the ferry run on Sunday?" Kellan pressed.\n\n'
                    '"What ferry is he talking about?" reacted Osk.\n\n'
                    'Tomas Brandt runs the ferry.\n\n"We will sign nothing," Brandt is quoted as saying.')
    assert [s for _, s in quotes_of(text)] == ["Mira Osk", "Arvid Kellan", "Mira Osk", "Tomas Brandt"]


def test_a_pronoun_subject_introduces_a_quote_without_a_name_next_to_the_verb():
    text = INTRO + ("Years ago, he campaigned for Osk against Brandt and said, \"Brandt forgot the harbour towns.\"\n\n"
                    "Osk spoke later. She then defended the plan, saying, \"The bridge pays for itself in ten years.\""
                    "\n\nKellan listed what he wants:\n\n\"A ferry, a bridge and a school.\"\n\n"
                    '"The river gives and the river takes," he often says.')
    assert [s for _, s in quotes_of(text)] == ["Arvid Kellan", "Mira Osk", "Arvid Kellan", "Arvid Kellan"]


def test_a_surname_alone_before_an_adverb_and_a_speech_verb_is_a_person():
    text = ("Vasko backed the river team on Sunday.\n\n"
            "Dorn openly admitted that his choice was about the harbour vote. \"The harbour decides everything,\" "
            "he said.")
    assert quotes_of(text) == [("The harbour decides everything,", "Dorn")]


def test_a_he_after_someone_unnamed_who_speaks_is_nobody():
    text = INTRO + ("The delta vote went to Kellan. One river delegate said he had spent a week knocking on doors. "
                    "He met few supporters, he said. \"Hardly anyone,\" he said.")
    assert quotes_of(text) == [("Hardly anyone,", None)]


def test_a_paragraph_break_ends_the_sentence_a_pronoun_looks_back_through():
    text = INTRO + ("''The harbour was his project,'' said Tomas Brandt, a former governor. ''Nobody remembers "
                    "that.''\n\nIn a letter, Kellan said his work with Osk had ended in May. ''I kept every promise,'' "
                    "he wrote.")
    assert [s for _, s in quotes_of(text)] == ["Tomas Brandt", "Tomas Brandt", "Arvid Kellan"]


def test_a_phrase_quoted_inside_a_sentence_does_not_make_its_owner_the_he():
    text = INTRO + ("Tomas Brandt dismissed Kellan’s answer as “reckless and costly” and warned the council.\n\n"
                    "“If the council backs Kellan, the ferry will close,” he said.")
    assert quotes_of(text)[-1] == ("If the council backs Kellan, the ferry will close,", "Tomas Brandt")


def test_a_name_in_an_opening_phrase_is_not_the_subject_a_he_refers_to():
    text = INTRO + ("Asked about his rival Tomas Brandt, Kellan shrugged at the question.\n\n"
                    '"Rivals come and go on this river," he said.')
    assert quotes_of(text)[-1] == ("Rivals come and go on this river,", "Arvid Kellan")


def test_who_is_written_of_or_what_a_named_subject_will_do_is_not_the_speaker():
    text = INTRO + ('"The north will be hard" for Kellan, said Osk.\n\n'
                    "A reader wrote of Minister Kellan: ''The ferry is late again.''")
    quotes = quotes_of(text)
    assert quotes[0] == ("The north will be hard", "Mira Osk")
    assert ("The ferry is late again.", "Arvid Kellan") not in quotes


def test_the_one_asked_and_the_one_spoken_to_are_not_the_speaker():
    text = INTRO + ("At the harbour forum, Kellan was asked, \"Will the ferry fares rise?\"\n\n"
                    "A harbour official speaking to Osk said, \"The audit covers three years.\"")
    assert quotes_of(text) == [("Will the ferry fares rise?", None), ("The audit covers three years.", None)]


def test_a_quote_introduced_by_someone_unnamed_does_not_inherit_a_speaker():
    text = INTRO + '"The ferry is late," Kellan said.\n\nAnother wrote, "The minister never answers his mail."'
    assert [s for _, s in quotes_of(text)] == ["Arvid Kellan", None]


def test_a_name_heading_a_quote_after_a_dash_in_a_digest():
    text = ("Tomas Brandt wrote: “The polls were wrong.” [Courier.]\n\n"
            "Analysts agree - Lena Ward: “Turnout in the harbour towns decided it.” [Delta Post.]\n\n"
            "More from Ward: “The river vote split three ways.”\n\n"
            "Kellan told Lena Ward: “The ferry stays.”")
    assert [s for _, s in quotes_of(text)] == ["Tomas Brandt", "Lena Ward", "Lena Ward", "Kellan"]


def test_a_pronoun_left_after_a_place_is_not_a_person():
    text = ("Senator Tomas Brandt toured the docks in Marenburg D.C. He recalled the flood of 2010.\n\n"
            "“The water reached the second floor,” he concluded.")
    result = extract(text)
    assert "He" not in [p.name for p in result.persons]
    assert [q.speaker for q in result.quotes] == ["Tomas Brandt"]


def test_a_title_case_headline_names_only_what_the_story_names():
    text = ("Harbour Watch Says Kellan Plan Will Sink Marenburg Ferries\n\n"
            "Valdorian Foreign Minister Arvid Kellan defended the ferry plan on Monday.")
    r = extract(text)
    assert [p.name for p in r.persons] == ["Arvid Kellan"]
    assert r.organisations == []  # `Harbour Watch Says Kellan Plan` is not an organisation
    kellan = r.persons[0]
    assert [text[s:e] for s, e in kellan.mentions] == ["Kellan", "Arvid Kellan"]  # linked in the headline


def test_a_sentence_of_names_is_not_a_headline():
    text = "Speaker Tomas Brandt met Foreign Minister Arvid Kellan on Monday."
    assert [p.name for p in extract(text).persons] == ["Tomas Brandt", "Arvid Kellan"]


def test_two_organisations_side_by_side_are_two():
    text = ("The plan was reported by the Marenburg Courier and The Kestria Times on Friday, and confirmed to "
            "the Valdorian Broadcasting Corporation on Tuesday.")
    names = [o.name for o in extract(text).organisations]
    assert names == ["Marenburg Courier", "Kestria Times", "Valdorian Broadcasting Corporation"]


def test_the_group_and_the_daily_are_the_organisations_just_named():
    text = ("Clearwater Watch Foundation filed a complaint against the ferry plan.\n\n"
            '"The river cannot take more traffic," the group said.\n\n'
            "The Marenburg Courier first reported the complaint.\n\n"
            '"We stand by our story," the daily said in an editorial.')
    assert quotes_of(text) == [("The river cannot take more traffic,", "Clearwater Watch Foundation"),
                               ("We stand by our story,", "Marenburg Courier")]


def test_the_group_with_no_group_named_has_no_speaker():
    text = INTRO + 'Protesters gathered outside. "Stop the ferries," the group said.'
    assert quotes_of(text) == [("Stop the ferries,", None)]


def test_a_capitalised_word_before_a_title_is_not_a_speech_verb():
    # `State` is also the verb `state`; capitalised inside a name it is part of the title
    text = INTRO + '"The ferry is late," said State Senator Tomas Brandt, a member for Marenburg.'
    assert quotes_of(text) == [("The ferry is late,", "Tomas Brandt")]


def test_a_role_the_word_lists_do_not_know_is_not_part_of_the_name():
    text = INTRO + '"We counted every ballot twice," Marenburg County Recorder Helen Dalby said on Monday.'
    r = extract(text)
    assert "Helen Dalby" in [p.name for p in r.persons]
    assert quotes_of(text) == [("We counted every ballot twice,", "Helen Dalby")]


def test_a_long_appositive_with_a_title_inside_still_makes_a_person():
    text = INTRO + ("Ysolde Tallis, a close friend of Mrs. Osk's who was once her chief of staff, said, "
                    '"Nobody works harder than she does."')
    assert quotes_of(text) == [("Nobody works harder than she does.", "Ysolde Tallis")]


def test_went_on_is_a_speech_verb_but_went_alone_is_not():
    text = INTRO + ('"You know, it happens, right?" Kellan went on, as if he had not heard. "Get over it."\n\n'
                    '"The ferry is late," Osk said. Kellan went home.')
    assert quotes_of(text) == [("You know, it happens, right?", "Arvid Kellan"), ("Get over it.", "Arvid Kellan"),
                               ("The ferry is late,", "Mira Osk")]


def test_a_quote_after_a_short_sentence_in_which_someone_speaks_is_theirs():
    text = INTRO + ('"The ferry is late," Osk said.\n\n'
                    'Harbour economist Dianne Bystrom agreed. "The towns are running out of time."')
    assert quotes_of(text) == [("The ferry is late,", "Mira Osk"),
                               ("The towns are running out of time.", "Dianne Bystrom")]


def test_a_quote_after_reported_speech_headed_by_a_role_and_a_name_is_theirs():
    text = INTRO + ('Harbour affairs spokesman Jon Dalby said the levy had hit trust in the ferries hard. "Issues of '
                    'money and safety do have a damaging effect on the credibility of politicians". Lena Ward left.')
    assert quotes_of(text)[-1][1] == "Jon Dalby"
    # a name after something other than a role does not head the sentence: the one it heads speaks, or no one
    text = INTRO + ('The paper that Jon Dalby edits said the levy had hit trust in the ferries hard. "Issues of '
                    'money and safety do have a damaging effect on the credibility of politicians".')
    assert quotes_of(text)[-1][1] != "Jon Dalby"


def test_a_pronoun_closing_a_reported_clause_is_not_the_one_the_clause_names():
    text = INTRO + ('Harbour spokesman Jon Dalby said the poster had been misunderstood. The image simply portrayed '
                    'Mr Kellan as a ferryman, he argued. "Concern has been expressed and we take it on board."')
    assert quotes_of(text)[-1] == ("Concern has been expressed and we take it on board.", "Jon Dalby")
    # after an opening clause the pronoun is still the one the clause names
    text = INTRO + 'When Jon Dalby reached the quay, he said: "The ferry is late."'
    assert quotes_of(text) == [("The ferry is late.", "Jon Dalby")]


def test_places_and_buildings_named_like_people_are_no_people():
    text = ("They took the elevator up to the private Kellan Tower suite. People in Fort Marrow said so, and "
            "Mount Osk said it too. Top Kellan strategists agreed.")
    names = [p.name for p in extract(text).persons]
    assert not {"Kellan Tower", "Fort Marrow", "Mount Osk", "Top Kellan"} & set(names)
    # a tower after a given name is a surname (`John Tower`)
    assert [p.name for p in extract("Senator Jon Tower said so.").persons] == ["Jon Tower"]


@pytest.mark.parametrize("place", ["Duesseldorf", "Duisburg", "Shizuoka", "Chandigarh", "Huancayo"])
def test_a_city_a_wire_names_as_it_spells_it_is_a_place(place):
    # (a wire's spelling without the umlaut, `Duesseldorf`; cities named bare before an appositive or after `at`)
    text = f"Police in {place}, the state's capital, said 30 people were hurt. Experts at {place} agreed."
    assert extract(text).persons == []


@pytest.mark.parametrize("label", ["Lib Dem", "Liberal Democrat", "Tory", "Labour"])
def test_a_partys_label_after_a_role_is_not_part_of_the_name(label):
    assert [p.name for p in extract(f"Fellow {label} Norman Dalby said the plan was sound.").persons] \
        == ["Norman Dalby"]


@pytest.mark.parametrize("name", ["Reporters Without Borders", "Friends of the Earth", "Save the Children",
                                  "War on Want", "Planned Parenthood", "Bankers Trust"])
def test_campaigns_named_by_a_phrase_of_common_words_are_organisations(name):
    r = extract(f"Jon Dalby was jailed in Marenburg. {name} said the sentence was harsh. A spokesman for {name} "
                f"agreed.")
    assert [o.name for o in r.organisations] == [name]
    assert [p.name for p in r.persons] == ["Jon Dalby"]  # (not `Borders`, not `Earth`)
    # a known name opening with a word that is a name is left to the rules as before (an index is no body)
    assert extract("Stocks fell as the Dow Jones industrial average lost 20 points.").organisations == []


def test_a_word_named_alone_that_does_something_to_himself_is_a_person():
    text = 'At the debate, Dalby compared himself to Ward, saying, "I take no fees from the ferry lines."'
    assert quotes_of(text) == [("I take no fees from the ferry lines.", "Dalby")]
    # `to herself` is no verb's object: `the Lord's Prayer to herself` names no one
    assert extract("She began saying the Harbour Prayer to herself over and over.").persons == []


def test_words_after_a_capital_the_are_a_titles_not_a_persons():
    # a name next to a speech verb is a person, but not after `The` (a show, a book, a body); a known given name
    # there still names someone (`The Mira Osk biopic`)
    text = 'Ms Ward, who presents The Weakest Ferry tells Dalby that she despaired. The Beige Ledger said so.'
    names = [p.name for p in extract(text).persons]
    assert "Weakest Ferry" not in names and "Beige Ledger" not in names
    assert "Mira Osk" in [p.name for p in extract("The Mira Osk biopic opened, Osk said.").persons]


def test_an_unclosed_who_clause_after_the_name_heading_the_sentence_leaves_that_person_speaking():
    text = INTRO + ('"What is the inference of that?" Kellan replied.\n\nMs Lena Ward, who presents The Harbour Hour '
                    'tells Dalby that she despaired at his image. "I used to have to sit on my hands."')
    assert quotes_of(text)[-1] == ("I used to have to sit on my hands.", "Lena Ward")


@pytest.mark.parametrize("run", ["Harbour Intelligence Republican Jon Dalby (R-Val.)",
                                 "Harbour Intelligence Republican Jon Dalby"])
def test_a_party_label_or_its_state_marks_the_name_run_on_from_a_body_as_a_person(run):
    text = f'{run}, who has seen the messages, agreed with that point.\n\n"Some of it is no news," he said.'
    r = extract(text)
    assert [p.name for p in r.persons] == ["Jon Dalby"]
    assert [o.name for o in r.organisations] == ["Harbour Intelligence"]
    assert quotes_of(text) == [("Some of it is no news,", "Jon Dalby")]


def test_a_place_before_a_clause_is_not_a_speaker():
    text = INTRO + ('Here in Marrowby, Kellan stepped up his attack on the ferry plan, saying, "We have got to '
                    'stop it."')
    assert quotes_of(text) == [("We have got to stop it.", "Arvid Kellan")]


def test_an_owner_then_a_person_are_two_names():
    text = INTRO + 'As the Marenburg Courier’s Ishaan Dallow wrote, "The ferry plan is sinking."'
    r = extract(text)
    assert "Marenburg Courier" in [o.name for o in r.organisations]
    assert quotes_of(text) == [("The ferry plan is sinking.", "Ishaan Dallow")]


def test_a_father_and_his_son_of_the_same_name_are_two_people():
    text = ("Tomas Brandt Sr. founded the ferry line; Tomas Brandt Jr. runs it.\n\n"
            '"We will keep sailing," Brandt Jr. said.\n\n'
            '"My son is right," said Tomas Brandt Sr., 81.')
    r = extract(text)
    assert sorted(p.name for p in r.persons) == ["Tomas Brandt Jr.", "Tomas Brandt Sr."]
    assert quotes_of(text) == [("We will keep sailing,", "Tomas Brandt Jr."), ("My son is right,", "Tomas Brandt Sr.")]


def test_an_ad_narrator_is_nobody_named():
    text = INTRO + 'A new ad attacks Kellan. "He failed the river towns," the narrator says.'
    assert quotes_of(text) == [("He failed the river towns,", None)]


def test_what_a_sign_or_a_shirt_says_is_not_speech():
    text = INTRO + ('A protester wore a shirt that read, "Free the river." One sign said "Ferries now."\n\n'
                    '"We will not sign," Kellan said.')
    assert quotes_of(text) == [("We will not sign,", "Arvid Kellan")]


@pytest.mark.parametrize("unit", ["Courier and The Times and ", "John and John and ", "Kellan’s John ",
                                  "Courier for The Courier ", "Ministry’s "])
def test_a_run_of_thousands_of_names_is_read_without_recursion(unit):
    # one capitalised run, thousands of names long: each split used to recurse, and Python's stack ran out
    text = unit * 4000 + "Post"
    r = extract(text)
    assert all(len(e.name.split()) <= 40 for e in r.persons + r.organisations)


def test_thousands_of_acronyms_are_linked_by_table_and_not_compared_each_with_each(monkeypatch):
    """A text of thousands of acronyms (a table, hostile input) took 32 s at 20,000 of them: each was looked up
    against every organisation, and every organisation compared with every other for short forms."""
    from search_index.extraction import entities

    def compared(self):
        raise AssertionError("organisations compared each with each")

    names = [f"{a}{b}{c}{d}" for a in "ABCDEFGH" for b in "ABCDEFGH" for c in "ABCDEFGH" for d in "WXYZ"][:600]
    text = " ".join(f"{name} said so." for name in names)
    monkeypatch.setattr(entities._Builder, "merge_org_tails", compared)
    monkeypatch.setattr(entities._Builder, "merge_firm_words", compared)
    tables = []
    built = entities._Builder._firms_by_word
    monkeypatch.setattr(entities._Builder, "_firms_by_word", lambda self: tables.append(1) or built(self))
    assert len(extract(text).organisations) == 600  # every acronym its own organisation, found once each
    assert len(tables) <= 2  # (words alone are looked up in tables built once, not by a scan each)
    # a story of a few organisations still has its short forms joined
    monkeypatch.undo()
    text = "The Valdorian Foreign Ministry said so. The Foreign Ministry added more."
    assert [o.name for o in extract(text).organisations] == ["Valdorian Foreign Ministry"]


def test_thousands_of_firms_called_by_one_word_are_found_by_table(monkeypatch):
    """`Brask Holdings Co` … `Brask said`: a word alone is the firm whose name holds it, looked up in a table built
    once a story, not by a scan of every organisation for each word (a hostile text of 20,000 such firms and
    their words took 53 s, and one word alone after each of 5,000 firms spent 9 of its 11 s there)."""
    from search_index.extraction import entities

    tables = []
    built = entities._Builder._firms_by_word
    monkeypatch.setattr(entities._Builder, "_firms_by_word", lambda self: tables.append(1) or built(self))
    words = [f"Br{a}{b}{c}ask" for a in "aeiou" for b in "bdfgklmnprstvz" for c in "aeiou"][:300]
    text = " ".join(f"{w} Holdings Co bought a plant. {w} said it would pay." for w in words)
    found = orgs(text)
    assert set(found) == {f"{w} Holdings Co" for w in words}
    assert all(len(o.mentions) == 2 for o in found.values())
    assert len(tables) <= 2


def test_where_a_story_first_says_the_company_is_found_once_not_for_every_quote(monkeypatch):
    """`the company said` after many firms, quote after quote: whether the story called another `the company`
    before each firm was named is looked up once a word, not by a search of the text for every firm and every
    quote (a long story of 400 such quotes took 8.8 s, where it now takes 0.1 s)."""
    from search_index.extraction import attribution

    searched = []
    first = attribution.first_called_so
    monkeypatch.setattr(attribution, "first_called_so", lambda *a: searched.append(a[1]) or first(*a))
    filler = "Markets moved little on the day as dealers waited. " * 200
    quotes = [f'Kestel{i} Group, Marrow{i} Group and Vant{i} Group bid. "We will win," the company said.'
              for i in range(150)]
    result = extract("\n\n".join([filler, *quotes]))
    # (the firm the sentence before is about, its first named: see test_the_company_is_the_firm_the_nearest_…)
    assert len(result.quotes) == 150 and result.quotes[0].speaker == "Kestel0 Group"
    assert searched.count("company") == 1


def test_a_line_listing_names_is_not_a_headline():
    text = "The letter was signed by the harbour towns.\n\nSigned: Anna Berg, Tomas Brandt, Lena Ward and Jon Dalby\n"
    assert {"Tomas Brandt", "Lena Ward"} <= {p.name for p in extract(text).persons}


def test_headlines_glued_into_one_long_line_name_only_what_the_story_names():
    glued = ("Related StoriesAfter Criticism, Ferry Captain Changes Mind And Will Sail For The Harbour Festival"
             "Harbour Anchor Rips Tomas Brandt For Not Sailing In The RegattaAnthem Singer Benched By Delta Team "
             "Prior To Her Performance Due To Controversial Shirt Worn At The Marenburg Quay.")
    text = "Arvid Kellan stood for the anthem.\n\n" + glued + "\n\nThe team said it respected him."
    r = extract(text)
    assert r.organisations == [] and [p.name for p in r.persons] == ["Arvid Kellan"]


def test_a_line_listing_names_with_their_countries_is_not_a_headline():
    line = " ".join(f"{n} (Valdoria)" for n in ("Anna Berg", "Tomas Brandt", "Lena Ward", "Jon Dalby", "Mira Osk",
                                                 "Ivo Brandt", "Ilse Varga", "Jorio Vantaal", "Sofia Lindqvar",
                                                 "Edda Holm", "Norton Strommen", "Ishaan Dallow"))
    names = {p.name for p in extract("The prize has a long list.\n\n" + line + "\n").persons}
    assert {"Tomas Brandt", "Lena Ward", "Ishaan Dallow"} <= names


def test_a_name_in_apposition_to_a_description_is_the_speaker():
    text = INTRO + ('Tomas Brandt was pushed off the quay on Sunday.\n\n'
                    '"He had it coming," the harbour master, Jon Dalby, told the Courier.\n\n'
                    'South Valdoria accused the ferry chief, Lena Ward, of "reckless delays."')
    said = quotes_of(text)
    assert said[0] == ("He had it coming,", "Jon Dalby")
    assert said[1][0] == "reckless delays." and said[1][1] != "Lena Ward"  # the one accused, not the accuser


def test_a_description_of_someone_brought_in_unnamed_is_nobody_named():
    text = INTRO + ('Tomas Brandt and his wife were greeted by an organizer at the ferry office.\n\n'
                    '"You will be our best messengers," the organizer told them.')
    assert quotes_of(text) == [("You will be our best messengers,", None)]


def test_a_document_speaks_for_whoever_the_story_says_issued_it():
    text = INTRO + ('The Courier said Kellan provided a written statement on Monday.\n\n'
                    '"The talks were a mistake," the statement said.')
    assert quotes_of(text)[-1] == ("The talks were a mistake,", "Arvid Kellan")
    unnamed = INTRO + ('A group of river parents sent a letter to the Harbour Board on Friday.\n\n'
                       '"Our ferries are failing," the letter reads.')
    assert quotes_of(unnamed) == [("Our ferries are failing,", None)]
    by = INTRO + ('A report released in May by the Harbour Board found the quays unsafe.\n\n'
                  '"Three quays must close," the report concluded.')
    assert quotes_of(by) == [("Three quays must close,", "Harbour Board")]


def test_a_name_inside_the_clause_set_off_after_the_speaker_is_not_the_speaker():
    text = INTRO + ('Jon Dalby, president of the Harbour Board, said: "The quays will reopen."\n\n'
                    'Lena Ward, asked about the ferries under Mr. Kellan, had said, "They never ran on time."')
    assert quotes_of(text) == [("The quays will reopen.", "Jon Dalby"), ("They never ran on time.", "Lena Ward")]


def test_the_thing_a_speech_verb_is_about_is_not_a_person():
    text = ("Arvid Kellan calls Ferrycare a crazy system.\n\n"
            "On Monday the former minister said Ferrycare is raising fares, and he cited Harbourgate. "
            "Later Kellan called Lena Ward.")
    names = {p.name for p in extract(text).persons}
    assert "Ferrycare" not in names and "Harbourgate" not in names
    assert {"Arvid Kellan", "Lena Ward"} <= names


def test_a_day_after_a_name_is_when_not_part_of_the_name():
    text = INTRO + ('"The wall will not stand," Kellan told the Courier Saturday.\n\n'
                    '"It will fall," he continued.')
    r = extract(text)
    assert not any(e.name.endswith("Saturday") for e in r.persons + r.organisations)
    assert quotes_of(text) == [("The wall will not stand,", "Arvid Kellan"), ("It will fall,", "Arvid Kellan")]
    event = ('Lena Ward won seven of the Super Tuesday states. Super Tuesday was a triumph for her.\n\n'
             '"We have work to do," she told a cheering crowd.')
    r = extract(event)
    assert [p.name for p in r.persons] == ["Lena Ward"] and not r.organisations
    assert quotes_of(event) == [("We have work to do,", "Lena Ward")]


def test_the_one_a_participle_follows_is_the_subject_not_the_name_before_it():
    text = INTRO + ('At the quay, Tomas Brandt went after Kellan, calling him "a total stiff."\n\n'
                    'He said, "Kellan would not last a week on a ferry."')
    assert quotes_of(text)[-1] == ("Kellan would not last a week on a ferry.", "Tomas Brandt")


def test_a_people_named_by_its_nationality_is_not_a_person():
    text = INTRO + "A poll found that 37 percent of Germans say Kellan is right. Germans want the bridge.\n\n" \
                   '"They were never asked," he said.'
    r = extract(text)
    assert "Germans" not in {p.name for p in r.persons}
    assert quotes_of(text) == [("They were never asked,", "Arvid Kellan")]


def test_an_organisation_before_a_title_qualifies_the_person_after_it():
    text = INTRO + ('Retired Army Col. Jon Dalby started the argument when he brought up the flood and later said, '
                    '"It is not just the ferries."')
    r = extract(text)
    assert "Retired Army" not in {o.name for o in r.organisations}
    assert quotes_of(text) == [("It is not just the ferries.", "Jon Dalby")]


def test_a_given_name_alone_is_the_one_person_named_in_full_with_it():
    text = INTRO + ('Kellan came with his wife, Anna Kellan, and his brother Tomas Kellan.\n\n'
                    '"We crossed at dawn," Anna said.\n\n'
                    '"The river was calm," Kellan said.')
    r = extract(text)
    assert "Anna" not in {p.name for p in r.persons}
    said = quotes_of(text)
    assert said[0] == ("We crossed at dawn,", "Anna Kellan")
    # the given name does not make Anna the last Kellan named: the surname alone still goes by surnames
    assert said[1][1] != "Anna Kellan"


def test_a_one_word_name_the_story_calls_its_is_an_organisation():
    text = ('Ferrowave said its profits rose by a third in the year to March.\n\n'
            '"Demand for river crossings has never been higher," said Jon Dalby, chief UK economist at Kestrel '
            'Systems. Ferrowave will open two new routes.')
    r = extract(text)
    persons = {p.name for p in r.persons}
    assert "Ferrowave" not in persons and "UK" not in persons
    assert "Ferrowave" in {o.name for o in r.organisations}
    assert "Jon Dalby" in persons


def test_it_is_the_organisation_opening_the_sentence_right_before():
    # the sentence naming the organisation opens with it: its start is found though nothing follows the name
    text = ('Halvard Bank Bhd sold a stake to the central bank.\n\n'
            'Marsk Reserve said it will not hold the shares. "The injection of capital is a measure of '
            'confidence," it added.')
    assert quotes_of(text)[-1] == ("The injection of capital is a measure of confidence,", "Marsk Reserve")


def test_a_firm_named_after_its_founder_is_an_organisation_when_the_story_says_it_speaks():
    text = ('Ferry operator Halvard Lines and housebuilder George Kestwick reported their results.\n\n'
            'Kestwick said the housing market had proved "challenging" last year. "By late summer, the market '
            'had slowed sharply," it added.')
    r = extract(text)
    assert "George Kestwick" in {o.name for o in r.organisations}
    assert "George Kestwick" not in {p.name for p in r.persons}
    assert [q.speaker for q in r.quotes] == ["George Kestwick", "George Kestwick"]
    # a trade a person has too is no firm's: the group he heads speaks with its
    text = ('An investor group headed by Marenburg broker Jeffrey Vandel said it raised its stake in Halvard Lines '
            'to 7.1 pct. "We want a seat on the board," it added.')
    assert "Jeffrey Vandel" in {p.name for p in extract(text).persons}


def test_what_a_person_owns_or_made_is_not_part_of_their_name():
    text = ("Kellan said he loved Lena Ward's Million Dollar Bridge, and noted the Courier's Jon Dalby. "
            "The money went to St. Anne Children's Ferry Fund.")
    r = extract(text)
    persons = {p.name for p in r.persons}
    assert "Lena Ward" in persons and "Jon Dalby" in persons
    assert not any("Million" in p or "’s" in p or "'s" in p for p in persons)
    assert "St. Anne Children's Ferry Fund" in {o.name for o in r.organisations}


def test_broadcasters_and_parties_named_alone_are_not_people():
    text = ("Kellan told BBC Sport he was fine. Mr Osk told Labour members the Lib Dems offered nothing, "
            "and Tomas Brandt attacked Kellan on MSNBC.")
    r = extract(text)
    persons = {p.name for p in r.persons}
    assert not {"BBC Sport", "Labour", "Lib Dems", "MSNBC"} & persons
    assert {"BBC Sport", "Lib Dems", "MSNBC"} <= {o.name for o in r.organisations}
    assert "Tomas Brandt" in persons


def test_someone_heard_speaking_is_named_as_a_speaker():
    text = ("Tomas Brandt was stopped on the quay on Tuesday.\n\n"
            "Lisbet Brandt can be heard shouting to the officers that her husband was unarmed.\n\n"
            '"Do not shoot him," she says.')
    r = extract(text)
    assert "Lisbet Brandt" in {p.name for p in r.persons}
    assert quotes_of(text) == [("Do not shoot him,", "Lisbet Brandt")]


def test_a_name_after_a_preposition_is_not_the_subject_a_pronoun_goes_back_to():
    text = ("The crowd had cheered for Tomas Brandt when Jon Dalby took the stage.\n\n"
            '"We will build a new quay!" he said.')
    assert quotes_of(text) == [("We will build a new quay!", "Jon Dalby")]


def test_a_long_opening_phrase_before_the_subject_of_a_colon_quote():
    text = ("With party leaders increasingly worried about a lack of passion for Lena Ward among young voters "
            "in the river towns, Arvid Kellan is rolling out a new and more personal message: \"It is about me.\"")
    assert quotes_of(text) == [("It is about me.", "Arvid Kellan")]


def test_a_pronoun_after_called_is_what_is_named_not_who_speaks():
    text = INTRO + ('Osk spoke at a town hall on Monday.\n\n'
                    'A reporter for Agence France-Presse called it "a fiasco."')
    r = extract(text)
    assert quotes_of(text) == [("a fiasco.", None)]
    assert "Agence France-Presse" in {o.name for o in r.organisations}


def test_the_republican_or_the_democrat_is_the_person_just_written_about():
    text = ("Harbour candidate Jon Dalby wants fewer rules for ferries.\n\n"
            '"It might surprise you," the Republican said this week.')
    assert quotes_of(text) == [("It might surprise you,", "Jon Dalby")]


def test_a_second_quote_in_the_sentence_shares_the_speaker_the_first_was_given():
    text = INTRO + ('In a statement, harbour chief Jon Dalby called Kellan\'s assertion of a "claim of right" over '
                    'the quays "baseless and alarming."\n\n'
                    'Dalby said the quays were "rocked" by the flood. "Choke!" read the front page of the Courier.')
    said = quotes_of(text)
    assert said[0][1] == "Jon Dalby" and said[1] == ("baseless and alarming.", "Jon Dalby")
    assert said[-1][0] == "Choke!" and said[-1][1] != "Jon Dalby"  # a new sentence: not the same speaker


def test_whoever_issued_a_statement_speaks_its_words():
    text = INTRO + 'Immediately after the flood, Kellan issued a statement, "Last night, our river rose by a metre."'
    assert quotes_of(text) == [("Last night, our river rose by a metre.", "Arvid Kellan")]


def test_as_someone_put_it_names_the_speaker_past_a_long_appositive():
    text = ("Kellan said no. As Lena Ward, professor of law at Marenburg and author of ''The River Book,'' put it, "
            "''The harbour towns should remember that a compromise today may be far better.''")
    assert quotes_of(text)[-1] == ("The harbour towns should remember that a compromise today may be far better.",
                                   "Lena Ward")


def test_an_opening_phrase_may_hold_a_term_in_quotes():
    text = INTRO + ('When Osk pointed out that the Courier calls it "the river toll," Lena Ward seized on the words.\n\n'
                    '"A toll is a tax," she said.')
    assert quotes_of(text)[-1] == ("A toll is a tax,", "Lena Ward")


def test_a_description_named_after_someone_is_not_that_someone():
    text = INTRO + ('Harbour chief Jon Dalby said he expects Kellan to play a major role in the vote.\n\n'
                    '"Politicians are practical people," said the senior Kellan adviser.')
    assert quotes_of(text)[-1] == ("Politicians are practical people,", None)


def test_an_attribution_ending_in_a_colon_belongs_to_the_quote_after_it():
    text = INTRO + ('After Osk said the ferries would do better at "smaller quays," Kellan said: "I do not like '
                    'what she said."')
    assert quotes_of(text) == [("smaller quays,", "Mira Osk"), ("I do not like what she said.", "Arvid Kellan")]


def test_common_media_words_and_device_letters_are_not_organisations():
    text = ("TV viewers wrote in. The BBC said it would air the debate, Reuters reported, and the Times agreed. "
            "Radio listeners bought MP3 players and USB sticks.")
    orgs = {o.name for o in extract(text).organisations}
    assert {"BBC", "Reuters", "Times"} <= orgs
    assert not {"TV", "Radio", "MP3", "USB"} & orgs


def test_a_connector_left_in_front_of_a_name_is_dropped_with_the_word_before_it():
    text = INTRO + ("Speaking on Courier Radio 4, Mr Dalby declined to comment. "
                    "The Conservative Party has put forward plans.\n\n"
                    "As for Kellan, he seems content.")
    r = extract(text)
    orgs = {o.name for o in r.organisations}
    assert "Courier Radio 4" in orgs and "Conservative Party" in orgs  # (a channel's number is its name's)
    assert not any(o.startswith(("on ", "for ")) for o in orgs)
    kellan = next(p for p in r.persons if p.name == "Arvid Kellan")
    at = text.index("As for Kellan") + len("As for ")
    assert (at, at + len("Kellan")) in kellan.mentions


def test_a_name_opening_the_next_paragraph_does_not_take_the_last_piece_from_its_speaker():
    # the quote's last piece ends its paragraph; the name and verb after it belong to the next paragraph's sentence
    text = INTRO + ('"We are not leaving," Kellan said after meeting the envoys at the harbour. "The quays are ours."\n\n'
                    'Osk said the talks would go on.')
    assert quotes_of(text) == [("We are not leaving,", "Arvid Kellan"), ("The quays are ours.", "Arvid Kellan")]


def test_a_quote_after_words_quoted_in_the_same_sentence_takes_their_speaker():
    # the last whole quote was Kellan's; the words quoted just before this one are Osk's
    text = INTRO + ('"We will not sign," Kellan said.\n\n'
                    'Osk said her partners were "careful with the harbour rules," a point she repeated. '
                    '"One wrong word and the deal is gone."')
    assert [s for _, s in quotes_of(text)] == ["Arvid Kellan", "Mira Osk", "Mira Osk"]


def test_a_new_sentence_after_a_finished_quoted_one_does_not_take_its_speaker():
    text = INTRO + ('"We will not sign," Kellan said.\n\nThe talks went on.\n\nThe ferries stopped.\n\n'
                    'Osk said his aides were "slow on purpose." The Courier ran a front page saying "Sign it, Arvid!"')
    assert [s for _, s in quotes_of(text)][-1] is None


def test_the_one_named_after_an_owners_description_speaks():
    text = INTRO + '"The talks have failed," Ms. Osk\'s spokesman, Jon Dalby, said.'
    assert quotes_of(text) == [("The talks have failed,", "Jon Dalby")]


def test_a_name_the_word_lists_do_not_know_is_a_person_in_apposition_to_a_role():
    text = INTRO + '"The talks have failed," Ms. Osk\'s spokesman, Steffen Vaart, wrote on Twitter.'
    result = extract(text)
    assert "Steffen Vaart" in [p.name for p in result.persons]
    assert [q.speaker for q in result.quotes] == ["Steffen Vaart"]
    # a role is needed before the commas, and a speech verb after them
    assert "Steffen Vaart" not in [p.name for p in extract("In the end, Steffen Vaart, said nothing.").persons]


def test_a_surname_that_is_also_a_speech_verb_speaks_after_a_straight_quote():
    text = ("Ferrowave chief executive Tomas Read said the board would keep the night ferries.\n\n"
            '"The delta towns need them," Read said.')
    assert quotes_of(text) == [("The delta towns need them,", "Tomas Read")]


def test_will_in_mid_sentence_before_a_surname_is_a_given_name():
    text = '"The fees will rise again," said Will Dalby, a professor at Marenburg University.'
    assert quotes_of(text) == [("The fees will rise again,", "Will Dalby")]
    # the verb of a title-case headline is not a name
    assert [p.name for p in extract("Why Will Kellan Win The Vote").persons] == []


def test_curly_quotes_inside_a_straight_quote_over_paragraphs_are_part_of_it():
    text = ('Dr. Lena Ward called for changes.\n\nDr. Ward stated:\n\n'
            '"The board forgot its “harbour first” promise. It sold the quays.\n\n'
            '"The latest case is its “Ferry Rule,” which lets owners close the slipways.\n\n'
            '"The answer is not politics. Period."')
    [q] = extract(text).quotes
    assert q.text.startswith("The board forgot its “harbour first” promise.") and q.text.endswith("Period.")
    assert q.speaker == "Lena Ward"


def test_a_curly_quote_right_inside_a_straight_one_is_one_quote():
    text = INTRO + '"“We will not sign,” Kellan said at the harbour."'
    assert quotes_of(text)[0] == ("We will not sign,", "Arvid Kellan")


def test_m_with_a_full_stop_between_names_is_a_middle_initial():
    result = extract("Pollster Jeffrey M. Dalby said the states lean one way.")
    assert [p.name for p in result.persons] == ["Jeffrey M. Dalby"]


def test_spokesman_before_a_name_says_nothing_of_her_gender():
    text = ('Kellan spokesman Hope Dalby confirmed the ferry deal on Monday. '
            '"The minister signed it last night," she said.')
    assert [s for _, s in quotes_of(text)] == ["Hope Dalby"]


def test_a_party_label_after_and_starts_a_second_name():
    result = extract("On Tuesday, Republican Jon Ward and Democrat Lena Osk won their primaries.")
    assert sorted(p.name for p in result.persons) == ["Jon Ward", "Lena Osk"]


def test_an_earlier_quote_in_the_sentence_shares_the_attribution_after_a_later_one():
    text = INTRO + ('"The river keeps no promises" was to be "a warning to the delta," said Lena Ward, then the '
                    'novelist\'s agent.')
    assert [s for _, s in quotes_of(text)] == ["Lena Ward", "Lena Ward"]
    # not across a sentence's end
    text = INTRO + '"We will sign." The minister left, and "nobody knows why," said Lena Ward.'
    assert [s for _, s in quotes_of(text)][0] != "Lena Ward"


def test_a_piece_of_writing_speaks_for_whoever_wrote_or_ran_it_and_never_for_a_guess():
    text = ("Kellan has been taking heat at home.\n\n"
            "“Kellan has lost his nerve over the ferries,” reads a Wednesday editorial in The Harbour Courier.")
    assert [s for _, s in quotes_of(text)] == ["Harbour Courier"]
    text = ("Lena Osk wrote a memoir of her years at the palace.\n\n"
            "“The minister kept the flood maps from the towns,” the book said.")
    assert [s for _, s in quotes_of(text)] == ["Lena Osk"]
    # the last organisation named is no author of a book nobody is said to have written
    text = ("The Harbour Board met on Monday.\n\n"
            "“The minister kept the flood maps from the towns,” the book said.")
    assert [s for _, s in quotes_of(text)] == [None]


def test_an_office_or_a_campaign_speaks_for_the_person_it_belongs_to():
    intro = "Lena Ward met donors on Monday.\n\n"
    for line in ('"We are confident," Ward\'s office said in a statement.',
                 '"We are confident," the Ward campaign said in a statement.',
                 '"We are confident," her campaign said in a statement.',
                 'Ward\'s office said: "We are confident."'):
        assert quotes_of(intro + line) == [("We are confident," if line[0] == '"' else "We are confident.",
                                            "Lena Ward")], line
    # her spokesman, or campaign officials, are other people, unnamed
    for line in ('"We are confident," Ward\'s spokesman said.', '"We are confident," Ward campaign officials said.'):
        assert [s for _, s in quotes_of(intro + line)] == [None], line


def test_a_name_described_as_someones_role_is_a_person_though_the_given_name_is_unknown():
    text = "Lena Ward spoke first.\n\nTad Dalby, Osk's chief strategist, said, \"We will take this to the last harbour.\""
    result = extract(text)
    assert "Tad Dalby" in [p.name for p in result.persons]
    assert [q.speaker for q in result.quotes] == ["Tad Dalby"]
    # and the role of an owner written with a plural's apostrophe (`Sanders' senior media adviser`)
    for owner in ("Jennis'", "Jennis’"):
        text = f'Lena Ward spoke first.\n\nTad Dalby, {owner} senior media adviser, said it was "mischief".'
        result = extract(text)
        assert "Tad Dalby" in [p.name for p in result.persons] and result.quotes[0].speaker == "Tad Dalby"


def test_the_paper_that_ran_a_piece_is_not_looked_for_in_the_next_paragraph():
    text = ("Kellan has been taking heat at home.\n\n"
            "“Kellan has lost his nerve over the ferries,” reads a Wednesday editorial in Marenburg\n\n"
            "Matt Dalby, director of the group Harbour Watch, has accused Kellan of cowardice.")
    assert [s for _, s in quotes_of(text)] == [None]


def test_a_curly_quote_inside_a_curly_quote_is_part_of_it():
    text = ("“The town he calls “finished” still runs three ferries a day.” ― Adriana Dalby\n"
            "“He is someone else.” ― Lena Ward")
    assert quotes_of(text) == [
        ("The town he calls “finished” still runs three ferries a day.", "Adriana Dalby"),
        ("He is someone else.", "Lena Ward")]
    # with one closing mark left in the paragraph, the first quote was left open: no nesting
    assert quotes_of("“We want the quays. “We want them now,” said Osk.")[0][0].endswith("now,")


def test_a_page_of_nested_quote_marks_gives_one_quote_for_each_outer_pair():
    body = "“a “b” ”" * 4000
    assert [q.text for q in extract(body).quotes] == ["a “b” "] * 4000


def test_a_statement_speaks_for_the_subject_named_after_in_a_statement():
    text = ("Jon Dalby now works for Arvid Kellan.\n\nOn Thursday, Kellan gave Dalby the ferry files. "
            "In a statement on Thursday, Kellan announced that Dalby would lead the harbour team.\n\n"
            "\"Dalby will run the delta count from now on,\" the statement said.")
    assert [s for _, s in quotes_of(text)] == ["Arvid Kellan"]


def test_a_statement_speaks_for_the_subject_after_in_a_statement_without_a_comma():
    # a wire's `In a report the Kiel Institute said …`: no comma after the phrase
    text = ("The Marenburg Harbour Institute expects growth of three pct.\n\n"
            "In a report the Marenburg Harbour Institute said the export outlook was sound.\n\n"
            "\"The danger of a slump appears limited,\" the report said.")
    assert [s for _, s in quotes_of(text)] == ["Marenburg Harbour Institute"]
    # a subject with no speech after it is no author: the writing's owner is looked for as before
    text = ("Arvid Kellan met Jon Dalby on Monday.\n\n"
            "In a statement Dalby would be named harbour master, the ministry announced.\n\n"
            "\"He starts at once,\" the statement said.")
    assert [s for _, s in quotes_of(text)] == [None]
    # and only after `In`: `handed out a statement Jon Dalby said he had never seen` names no author
    text = ('Mira Osk handed out a statement Jon Dalby said he had never seen.\n\n'
            '"We did nothing wrong," the statement said.')
    assert [s for _, s in quotes_of(text)] == ["Mira Osk"]


def test_the_report_by_a_named_body_brings_in_the_report_it_wrote():
    text = ("Ferry fares are the highest in the region, an independent report said.\n\n"
            "The report by the Marenburg Harbour Institute said costs were rising.\n\n"
            "\"The ferry lines protect their position through secrecy,\" the report said.")
    assert [s for _, s in quotes_of(text)] == ["Marenburg Harbour Institute"]
    # `the report` with no author after it is how the quotes before were attributed, not where it came in
    text = ("Lena Ward wrote a report on the ferries.\n\nThe report said costs were rising.\n\n"
            "\"The ferry lines protect their position,\" the report said.")
    assert [s for _, s in quotes_of(text)] == ["Lena Ward"]


def test_the_campaign_is_the_one_just_named_as_someones_campaign():
    text = ("Lena Ward met donors on Monday. The Ward campaign said Dalby had acted alone.\n\n"
            "\"The emails show nothing improper,\" the campaign said in a statement.")
    assert [s for _, s in quotes_of(text)] == ["Lena Ward"]


def test_a_surname_alone_stays_with_the_one_the_story_calls_by_it():
    story = ("Senator Jon Osk arrived in Marenburg on Monday. Osk said the ferries must run.\n\n"
             "At a rally, Kellan had mocked his wife, Mira Osk, and his father, Arvid Osk. "
             "Kellan later sent flowers to Mira Osk.\n\n")
    # his wife and father were brought in by full names: the surname alone is still his
    assert quotes_of(story + '"The ferries matter more than my pride," Osk said.')[-1] == \
        ("The ferries matter more than my pride,", "Jon Osk")
    # but one just named to open a sentence is the one the surname means next
    assert quotes_of(story + 'Mira Osk spoke to reporters. "I am tired of it," Osk said.')[-1] == \
        ("I am tired of it,", "Mira Osk")


def test_a_pronoun_skips_names_in_an_opening_clause_unless_the_main_clause_opens_with_it():
    intro = "Arvid Kellan and Lena Ward spoke in Marenburg.\n\n"
    # the main clause's subject is someone else: the name in the opening clause is not the one who speaks next
    text = intro + ("While Kellan drew crowds at every harbour, Ward drew few, which worries Jon Dalby, president of "
                    "the Harbour Club.\n\n\"The young voters are not with her yet,\" he said.")
    assert [s for _, s in quotes_of(text)] == ["Jon Dalby"]
    # the main clause opens with the pronoun: the opening clause names the one it means
    text = intro + ("When the host asked Kellan about the vote, he gave his view of Jon Dalby's chances.\n\n"
                    "\"He will lose the delta,\" he said.")
    assert [s for _, s in quotes_of(text)] == ["Arvid Kellan"]


def test_a_description_set_off_after_a_name_names_that_person():
    text = 'Lena Ward, a federal judge, ruled on Monday that the ferry must stop.\n\n"The law is clear," the judge wrote.'
    assert [s for _, s in quotes_of(text)] == ["Lena Ward"]
    # brought in unnamed, the same description is nobody named
    text = 'Jon Dalby was greeted by an organizer at the ferry office.\n\n"You are late," the organizer told him.'
    assert [s for _, s in quotes_of(text)] == [None]


def test_a_quote_opening_a_paragraph_after_a_statement_was_issued_is_the_issuers():
    text = ("Lena Ward took over the board on Sunday.\n\n"
            "At Ward's direction, the Harbour Board issued a statement apologising to Osk for the emails.\n\n"
            "“On behalf of everyone at the board, we offer a sincere apology.”")
    assert [s for _, s in quotes_of(text)] == ["Harbour Board"]


def test_as_the_papers_writer_puts_it_names_the_writer():
    text = 'The talks stalled.\n\nAs the Courier\'s Lena Ward puts it, "The harbour towns are unmoved."'
    assert [s for _, s in quotes_of(text)] == ["Lena Ward"]


@pytest.mark.parametrize("opening", ["In answer to a question from student Jon Dalby about the ferries, ",
                                     "After the meeting, ", "In response to Mira Osk's charge, "])
def test_the_subject_after_an_opening_clause_speaks_the_quote_after_his_sentence(opening):
    text = (INTRO + opening + 'Mr Kellan said talking was the only answer. "You have just got to confront it and '
            'say to people: let us talk about the things that worry you."')
    assert quotes_of(text)[-1][1] == "Arvid Kellan"


def test_will_alone_is_the_surname_of_someone_named_before_a_speech_verb():
    text = ("Columnist Jon Will renewed his feud with Kellan this week.\n\n"
            "“The delta deserves better,” Will wrote.")
    assert [s for _, s in quotes_of(text)] == ["Jon Will"]
    # a question opening with the verb names nobody
    assert [p.name for p in extract("Will the board meet? Will Kellan win? Nobody knows.").persons] == []



@pytest.mark.parametrize("surname", ["May", "Snow", "Sales", "Lent"])
def test_any_word_the_lists_say_is_no_name_is_the_surname_of_someone_named_before_a_speech_verb(surname):
    text = (f"Guitarist Jon {surname} plans a tour.\n\n{surname} said: \"The river is rising again.\"\n\n"
            f"\"We decided almost then and there,\" {surname} wrote.")
    assert [s for _, s in quotes_of(text)] == [f"Jon {surname}"] * 2
    # not a pronoun (`He said` after `Arvid He`), nor a month after a preposition
    text = 'Foreign Minister Arvid He met Jon Dalby on Monday. Dalby was pleased.\n\nHe said: "The talks were useful."'
    assert quotes_of(text)[0][1] == "Jon Dalby"
    text = 'Guitarist Lena May plans a tour. A report published in May said the harbour was "in decline".'
    assert quotes_of(text)[0][1] is None


def test_a_colon_after_a_name_that_ends_a_sentence_without_a_speech_verb_names_the_speaker():
    text = ("Lena Ward spoke first.\n\nThe timing of Kellan’s surge does not surprise pollster Jon Dalby: "
            "“Lesser-known candidates often get the biggest boost.”")
    assert [s for _, s in quotes_of(text)] == ["Jon Dalby"]


def test_a_quote_after_a_longer_sentence_ending_in_its_speech_verb_is_announced():
    text = ("Kellan left the talks on Monday.\n\n"
            "The harbour towns may hold out while Kellan negotiates with the river council over the ferries, "
            "Lena Ward said. \"The other question is whether the delta can wait.\"")
    assert [s for _, s in quotes_of(text)] == ["Lena Ward"]


def test_a_she_after_my_mother_is_someone_the_story_does_not_name():
    text = ('Like President Kellan, I believe in the towns.\n\n'
            'My mother has softened with age, but even now she still says things such as, "We are not all equal."')
    assert [s for _, s in quotes_of(text)] == [None]
    # but `her mother` leaves the `she` to the daughter, named before
    text = ('Lena Ward grew up on the delta.\n\n'
            'Her mother has softened with age, but even now she still says, "We are not all equal."')
    assert [s for _, s in quotes_of(text)] == ["Lena Ward"]


def test_the_one_accused_or_urged_is_not_the_one_speaking():
    text = ("Lena Ward called the plan a fraud on Monday.\n\n"
            "She says Kellan's night-time posts accusing Mira Osk of lying about the ferries are "
            "“conspiracy theories.”")
    assert [s for _, s in quotes_of(text)] == ["Lena Ward"]
    text = "Arvid Kellan urged Lena Ward to “stop the ferries now.”"
    assert [s for _, s in quotes_of(text)] == ["Arvid Kellan"]
    # after `said`, the name is still the one speaking
    text = "“The vote is over,” said Lena Ward."
    assert [s for _, s in quotes_of(text)] == ["Lena Ward"]


def test_a_pageant_title_before_a_name_is_not_part_of_it():
    text = "The posts attacked former Miss Universe Lena Varga. He also mocked a former Miss World."
    assert [(p.name, p.aliases) for p in extract(text).persons] == [("Lena Varga", [])]


def test_the_one_asked_in_an_opening_clause_is_the_pronoun_not_the_name_the_question_holds():
    text = ("Mira Osk spoke to the Courier on Monday.\n\n"
            "Asked about her own vote in the event that Lena Ward faces Kellan in the final, she replied: "
            "“I don't know yet.”")
    assert [s for _, s in quotes_of(text)] == ["Mira Osk"]


def test_saying_after_a_sentence_with_nobody_named_takes_the_sentences_subject():
    text = ("Lena Ward is back in Marenburg.\n\n"
            "She quickly noted her years as the member for the delta, saying “we faced hard winters together.”")
    assert [s for _, s in quotes_of(text)] == ["Lena Ward"]


def test_a_statement_released_saying_is_the_words_of_the_one_who_released_it():
    text = ("Lena Ward signed with the Harbour Works in 2012.\n\n"
            "At the time, she released a statement saying, \"The Harbour Works is a trusted partner.\"")
    assert [s for _, s in quotes_of(text)] == ["Lena Ward"]


def test_a_people_or_a_crowd_speaking_does_not_inherit_the_last_speaker():
    text = ("\"If we go to war, we have rifles,\" Mr. Kellan said.\n\n"
            "Lamenting their luck, Valdorians often say, \"Poor Valdoria, so far from the sea.\"")
    assert [s for _, s in quotes_of(text)] == ["Kellan", None]


def test_a_she_after_a_sentence_about_an_unnamed_woman_is_not_the_last_woman_named():
    text = ("Lena Ward spoke in Marenburg on Friday.\n\n"
            "The woman's enthusiasm for Kellan is recorded in detail:\n\n"
            "“Here comes the captain,” she said, clapping.")
    assert [s for _, s in quotes_of(text)] == [None]
    # the woman named is the she when no unnamed one comes between
    text = "Lena Ward spoke in Marenburg on Friday.\n\n“Here comes the captain,” she said, clapping."
    assert [s for _, s in quotes_of(text)] == ["Lena Ward"]


def test_a_she_two_paragraphs_on_is_found_sentence_by_sentence_not_as_the_last_woman_named():
    text = ("Lena Ward is describing as “reckless” a post by Mr. Kellan attacking a former pilot. She says his temper "
            "is “dangerous for a captain.”\n\n"
            "She says Mr. Kellan's posts accusing Mira Osk of lying about the ferries are “conspiracy theories.”\n\n"
            "The candidate's response came in her own posts on Friday.\n\n"
            "She posted: “When something gets under his skin, he lashes out.”")
    assert quotes_of(text)[-1] == ("When something gets under his skin, he lashes out.", "Lena Ward")


def test_a_document_filed_by_someone_with_a_title_that_is_also_a_verb_is_theirs():
    text = ("Lena Ward later posted a photograph of her arm. She worked for the Harbour Courier at the time.\n\n"
            "“The evidence cannot prove the crime,” according to a court document filed by state attorney Jon Dalby.")
    assert [s for _, s in quotes_of(text)] == ["Jon Dalby"]


def test_the_one_a_question_is_asked_by_asks_it():
    text = ("Kellan said the ferry story had moved on.\n\n"
            "Kellan was asked by host Jon Dalby, who has dismissed the story about Mira Osk’s emails, "
            "“Now, you said you were tired of hearing about the emails?”")
    assert [s for _, s in quotes_of(text)] == ["Jon Dalby"]


def test_a_speech_verb_after_an_owner_or_an_article_is_a_noun_not_the_cue():
    text = ("Lena Ward spoke to the Courier on Monday, responding to news that the board deemed 22 of Kellan’s "
            "emails “top secret” and that those emails will not be released.")
    assert [s for _, s in quotes_of(text)] == ["Lena Ward"]
    # a contraction is no owner: `He’s predicting` is a verb
    text = "Mr. Kellan spoke in Marenburg. He’s predicting he will do “very, very well” in the next vote."
    assert [s for _, s in quotes_of(text)] == ["Kellan"]


def test_exhorted_and_opined_are_speech_verbs():
    text = "Editorials warned of guns.\n\n\"Gun owners should leave their weapons at home,\" opined the Harbour Courier."
    assert [s for _, s in quotes_of(text)] == ["Harbour Courier"]


def test_the_one_an_owners_word_names_speaks_not_the_owner():
    text = ("Lena Ward spoke last.\n\n"
            "\"It is about time a woman ran the delta,\" exhorted Ward's introducer, actress Mira Osk.")
    assert [s for _, s in quotes_of(text)] == ["Mira Osk"]
    text = ("Kellan and Osk are racing to bank early ballots.\n\n"
            "“We are treating the whole month as one long election day,” said Osk’s deputy campaign manager, "
            "Jon Dalby, who ran the 2012 count as political director.")
    assert [s for _, s in quotes_of(text)] == ["Jon Dalby"]


def test_the_one_accused_or_asked_in_the_passive_does_not_speak_the_one_it_was_done_by_does():
    text = "Lena Ward spoke first.\n\nWard was accused by Arvid Kellan of “lying to the harbour towns.”"
    assert [s for _, s in quotes_of(text)] == ["Arvid Kellan"]
    text = "Lena Ward spoke first.\n\nWard was accused of “lying to the harbour towns.”"
    assert [s for _, s in quotes_of(text)] == [None]
    # the name after `by` must be the doer, not what the doers asked about
    text = "Arvid Kellan spoke first.\n\nKellan was pressed by reporters about Mira Osk, “Do you trust her?”"
    assert [s for _, s in quotes_of(text)] == [None]


def test_only_role_words_join_a_name_to_the_description_before_it():
    for text in ("Arvid Kellan spoke first.\n\n“We will vote no,” said the harbour master, but Jon Dalby said "
                 "otherwise.",
                 "Arvid Kellan spoke first.\n\n“We will vote no,” said the harbour chief, urging senator Jon Dalby."):
        assert [s for _, s in quotes_of(text)] != ["Jon Dalby"]


def test_firms_and_companies_news_names_like_people_are_organisations():
    text = ("The notes yield 8.2 pct, said lead manager Morgan Stanley and Co Inc on Monday. Morgan Stanley "
            "said demand was strong. Analysts at Microsoft agreed. Mr. Dean Witter, a retired farmer, did not.")
    r = extract(text)
    assert [p.name for p in r.persons] == ["Dean Witter"]
    assert {"Morgan Stanley and Co Inc", "Microsoft"} <= {o.name for o in r.organisations}
    # a media group named so (`Time Warner said on Friday`), where nothing else tells it from a Mr Warner
    r = extract("Profits rose at the media giant. Time Warner said on Friday that it now owns 8% of Google.")
    assert r.persons == [] and "Time Warner" in {o.name for o in r.organisations}


def test_a_pageants_place_before_a_name_is_no_title():
    # `Miss America` is a title, but `America` alone before a firm's short name does not make it a person
    text = ("Harbourline Inc sold its shoe division for 20 mln dlrs to a buyer in North America. Harbourline said "
            "it plans to concentrate on skates.")
    assert extract(text).persons == []


def test_common_words_capitalised_at_a_sentences_head_or_after_a_rank_are_no_people():
    text = ("The budget comes before the General Election. Brokers said shares fell. The Mint said it would sell "
            "silver, and Lena Ward said prices would rise.")
    assert [p.name for p in extract(text).persons] == ["Lena Ward"]


def test_an_organisation_with_and_or_general_in_its_name_stays_whole():
    text = ("The Securities and Exchange Commission and the Food and Drug Administration met General Motors Corp, "
            "Standard and Poor's Corp and the General Accounting Office. Moody's and Standard and Poor's agreed.")
    names = {o.name for o in extract(text).organisations}
    assert {"Securities and Exchange Commission", "Food and Drug Administration", "General Motors Corp",
            "Standard and Poor's Corp", "General Accounting Office"} <= names
    assert not names & {"Exchange Commission", "Drug Administration", "Motors Corp", "Accounting Office",
                        "Moody's and Standard and Poor's"}
    # a rank is still a rank before a person
    assert [p.name for p in extract("Attorney General Lena Ward said so.").persons] == ["Lena Ward"]


def test_months_currency_codes_ratings_and_table_codes_are_no_organisations():
    text = ("Wheat for MAY rose 2 cts. DEC7 futures were UNCH, the DMK and YEN were HIGH, and the notes are rated "
            "AAA and A-1. The G-7 and the IMF met.")
    assert {o.name for o in extract(text).organisations} == {"G-7", "IMF"}


def test_a_wires_ticker_in_angle_brackets_is_no_organisation():
    text = "The two -- Harbour Oil Corp <HOC> and Ferrowave Inc <FRWV.MI> -- signed. The NRCC met."
    assert {o.name for o in extract(text).organisations} == {"Harbour Oil Corp", "Ferrowave Inc", "NRCC"}


def test_an_exchanges_letters_after_a_tickers_dot_in_brackets_are_no_organisation():
    text = "Ferrowave Holdings Ltd (FRW.CO) said profit fell, and so did Brannock Power (BRP.MI). The NRCC met."
    assert {o.name for o in extract(text).organisations} == {"Ferrowave Holdings Ltd", "Brannock Power", "NRCC"}


def test_a_word_in_capitals_that_the_story_also_writes_small_is_no_organisation():
    """Shouting (`all the REAL artists`) and a wire table's headings (`LIVE FEEDER CATTLE`) are words, not bodies:
    the story writes them small elsewhere. An acronym it never writes small stays one (`the NRCC`)."""
    text = ("What about all the REAL artists out there? The real list is endless, the NRCC said.\n"
            "LIVE FEEDER CATTLE\nfeeder cattle sales rose.")
    assert {o.name for o in extract(text).organisations} == {"NRCC"}


def test_terms_of_finance_and_industry_in_capitals_are_no_organisations():
    text = ("A senior FRN trader at a bank said the LC facility costs ten points more, and OEM sales fell. "
            "The NRCC said so.")
    assert {o.name for o in extract(text).organisations} == {"NRCC"}


def test_a_bank_and_trust_company_is_one_name():
    text = "The loan came from Marenburg National Bank and Trust Co of Valdor, the bank said."
    assert set(orgs(text)) == {"Marenburg National Bank and Trust Co of Valdor"}


def test_general_after_a_place_opens_a_firms_name_and_a_countrys_initials_are_no_part_of_it():
    text = "Valdorian General Electric Co Ltd bought the unit, and U.S. General Motors Corp sold parts to it."
    assert set(orgs(text)) == {"Valdorian General Electric Co Ltd", "General Motors Corp"}


def test_a_tickers_exchange_letters_do_not_keep_it_from_the_firm_it_follows():
    text = "Brannock Power Plc <BRP.L> said it would buy the plant. BRP shares rose."
    found = orgs(text)
    assert list(found) == ["Brannock Power Plc"] and found["Brannock Power Plc"].aliases == ["BRP"]


@pytest.mark.parametrize("text, name", [
    # a noun the not-a-name list holds opens a firm's name when capitalised words run on to its legal form
    ("Co-managers are Bankers Trust International Ltd and two others.", "Bankers Trust International Ltd"),
    ("Video Jukebox Network Inc said it extended the talks.", "Video Jukebox Network Inc"),
    ("The loan came from Citizens Bank and Trust Co, a unit said.", "Citizens Bank and Trust Co"),
    # and `General` before a firm's legal form is no rank
    ("Data General Corp said it expects a gain.", "Data General Corp"),
    # a sentence's word, a number or a preposition does not
    ("Yesterday Eli Lilly and Co said it would appeal.", "Eli Lilly and Co"),
    ("The study was led by Chrysler Corp engineers.", "Chrysler Corp"),
    ("Two Harbour Oil Corp units merged.", "Harbour Oil Corp"),
])
def test_a_common_noun_opens_a_firms_name_before_its_legal_form(text, name):
    assert set(orgs(text)) == {name}


@pytest.mark.parametrize("text, names", [
    # one word before `and` that is no name of its own, never written apart: the one name's first word
    ("The buildings will be leased back, Harbour and Rehabilitation Properties said.",
     {"Harbour and Rehabilitation Properties"}),
    ("Tax preparer K and R Block Inc said sales rose.", {"K and R Block Inc"}),
    ("Lomas and Nettleford Financial Corp said it would sell.", {"Lomas and Nettleford Financial Corp"}),
    # a list of names, a title's word, an acronym: two names
    ("Airline shares fell, with Delta, Continental and Harbour Airlines all lower.", {"Harbour Airlines"}),
    ("Chrysler avoided the fate of US rivals Ford and General Motors.", {"Chrysler", "General Motors"}),
    ("Loans from the IMF and World Bank came late.", {"IMF", "World Bank"}),
])
def test_one_word_before_and_opens_one_name_when_it_is_no_name_of_its_own(text, names):
    assert set(orgs(text)) == names


def test_a_telephone_company_is_an_organisation_and_no_one_called_telephone():
    text = ("Marenburg Telephone said it would hire 900 operators. Nippon Telegraph and Telephone Corp agreed. "
            "N.Y. Telephone said it was receiving applications.")
    assert not extract(text).persons
    assert set(orgs(text)) == {"Marenburg Telephone", "Nippon Telegraph and Telephone Corp", "N.Y. Telephone"}


def test_a_describing_suffix_ends_the_name_before_it_and_a_lone_word_with_one_stays_out():
    text = ("The bid by the Arvid J. Kellan-led group was conditional, and the Marenburg Stock Exchange-sponsored "
            "fund rose. The Valdor-based firm Beaubien Inc Toronto-based unit fell, said the US-funded Radio Farda.")
    assert [p.name for p in extract(text).persons] == ["Arvid J. Kellan"]
    assert set(orgs(text)) == {"Marenburg Stock Exchange", "Beaubien Inc", "Radio Farda"}


def test_a_states_abbreviation_without_its_dot_after_a_city_is_no_one():
    text = ('Jon Dalby, an analyst who follows Harbour Oil for Herold Inc of Greenwich, Conn said the value is '
            '34 dlrs. "The stock is cheap," he said.')
    found = extract(text)
    assert [p.name for p in found.persons] == ["Jon Dalby"]
    assert not {q.speaker for q in found.quotes} & {"Conn", "Mass"}


def test_words_spelt_out_before_the_letters_of_a_thing_are_no_organisation():
    text = ("The hardest area will be Digital Rights Management (DRM) schemes, and the Retail Price Index (RPI) "
            "rose, the Valdor Trade Council (VTC) said. The official Council of Port Inspectors (CPI) agreed.")
    assert set(orgs(text)) == {"Valdor Trade Council", "Council of Port Inspectors"}


def test_a_hotel_an_airport_and_a_prison_are_places_no_organisations():
    text = ("The award was given at the Roosevelt Hotel in Marenburg, after a flight into Valdor International "
            "Airport. A detainee held in Harbour Prison wrote to the Marenburg Hotels Group.")
    assert set(orgs(text)) == {"Marenburg Hotels Group"}


@pytest.mark.parametrize("text, name", [
    ("Liberal Democratic Party leaders met in Marenburg.", "Liberal Democratic Party"),
    ("Republican National Committee chairman Jon Osk spoke.", "Republican National Committee"),
    ("He suspected the junior partner, the Liberal Front Party, of using funds.", "Liberal Front Party"),
    # in mid-sentence too, where the label alone is a member's (`said a Liberal`)
    ("The plan was opposed by the Republican Party.", "Republican Party"),
    ("Pensioners are promised savings by the Liberal Democrats, as snow falls.", "Liberal Democrats"),
])
def test_a_party_label_opens_a_bodys_name(text, name):
    assert name in orgs(text)


def test_two_parties_joined_by_and_are_two():
    assert set(orgs("Jon Osk voted with the Liberal Democrats and Labour.")) == {"Liberal Democrats", "Labour"}
    # and what a party has after its name is no part of it
    assert set(orgs("He met the Liberal Democrats Treasury spokesman.")) == {"Liberal Democrats"}
    assert set(orgs("It was opposed by the Conservative Party Treasury spokesman.")) == {"Conservative Party"}


def test_a_he_whose_referent_the_quote_calls_by_the_given_name_is_someone_else():
    """`Mellberg spoke of it. "I've had more than a quiet word with Olof," he told the club's website`: nobody calls
    himself by his given name, so the `he` is another man (here no speaker, rather than a guess); but a full name
    in one's own words is how politicians speak of themselves, and `I'm Jon` names the speaker."""
    text = ('Marenburg defender Tomas Brandt spoke of his dislike of the rivals. "I\'ve had more than a quiet word '
            'with Tomas," he told the club\'s website.')
    assert [s for _, s in quotes_of(text)] == [None]
    text = ('Tomas Brandt spoke to voters. "You have a good candidate, but it is not Tomas Brandt," he said. '
            '"Hello, I\'m Tomas and I run the harbour," he added.')
    assert [s for _, s in quotes_of(text)] == ["Tomas Brandt", "Tomas Brandt"]


def test_a_speech_verb_joined_by_and_to_an_earlier_one_shares_its_speaker():
    text = ('Harbour Customs claimed Mr Brandt led the ring but his lawyer, Lena Ward, told the Courier it was '
            'absurd and added: "He could not even download software." Jon Dalby said the plan was sound and called '
            'the rival bid "a fantasy". Mira Osk praised Dalby, stating he was right, and chiding critics for "the '
            'little game" they played.')
    assert [s for _, s in quotes_of(text)] == ["Lena Ward", "Jon Dalby", "Mira Osk"]


def test_rod_is_a_given_name():
    text = 'Rod Dalby introduced Jon Osk, citing his hit as "one of the best performances I have heard".'
    assert [p.name for p in extract(text).persons] == ["Rod Dalby", "Jon Osk"]
    assert [s for _, s in quotes_of(text)] == ["Rod Dalby"]


def test_words_woven_in_after_a_later_verb_inside_reported_speech_are_the_reporters():
    text = ('Finance Minister Jon Osk said the harbour meeting would be remembered as "the debt relief summit". '
            'Mira Kellan said the drop in the index reflected a "totally emotional" reaction.')
    assert [s for _, s in quotes_of(text)] == ["Jon Osk", "Mira Kellan"]


def test_likening_speaks_and_what_is_likened_does_not():
    text = ('Harbour party chairman Jon Osk likened the two ministers to "self-obsessed schoolboys". Mayor Lena Ward '
            'says she is "standing by" her remarks which likened a Marenburg Courier journalist to "a camp guard".')
    assert [s for _, s in quotes_of(text)] == ["Jon Osk", "Lena Ward", "Lena Ward"]


def test_a_paragraph_that_is_only_a_quote_goes_on_from_the_speech_reported_just_before():
    text = ("Accounts will be kept at each bank, and trades reflected daily in them, Jon Hu said.\n\n"
            '"These institutions will act as custodians of government securities."\n\n'
            "Lena Ward, of the Harbour Group, said the leaflet was what she expected.\n\n"
            '"The people of Marenburg will not put up with this."\n\n'
            "The last question came from a boy, who said he drove six hours.\n\n"
            '"How big is that wall?" asked the boy.\n\n'
            "Along with other allegations, the suit claims that Jon Osk made statements.\n\n"
            '"Chairman Osk tied these statements to the firing."')
    assert [s for _, s in quotes_of(text)] == ["Jon Hu", "Lena Ward", None, None]


def test_a_title_opening_a_list_of_works_is_no_organisation():
    text = ("The band first hit the charts in 2002. Their singles include What I Go To School For Club, Year 3000 "
            "and Harbour Nights. He also made television series such as TV Bloopers Group. The Marenburg Music "
            "Council praised them. Other films generating interest before this year's festival include Hustle & "
            "Harbour Company, about an aspiring rapper.")
    assert set(orgs(text)) == {"Marenburg Music Council"}


def test_a_conference_and_a_summit_are_events_and_a_judicial_conference_a_body():
    text = ("Speaking at the Marenburg Game Developers Conference, and later at the Harbour Summit, she thanked the "
            "Valdor Judicial Conference and the Marenburg Music Council.")
    assert set(orgs(text)) == {"Valdor Judicial Conference", "Marenburg Music Council"}


def test_a_speech_verb_in_a_clause_describing_a_noun_is_not_the_one_that_speaks():
    """`announced by the government on Friday` describes the expansion; `said` is the sentence's speech verb."""
    text = ("Foreign Minister Arvid Kellan said the expansion, announced by the Aurennese government on Friday, "
            "had been decided “without consultation, without data and without respect”.")
    assert [s for _, s in quotes_of(text)] == ["Arvid Kellan"]
    text = "Arvid Kellan, asked by reporters in Marenburg on Monday, said the treaty “will hold for another sixty years”."
    assert [s for _, s in quotes_of(text)] == ["Arvid Kellan"]


def test_a_paragraph_break_lost_inside_a_quote_does_not_end_it():
    """Text that lost its paragraph breaks (the BBC corpus) keeps the next paragraph's opening mark after a
    sentence: `…more goals. "We were…"` runs on, one quote and one speaker, as over a kept break."""
    text = ('The match ended 1-0. And Kellan said: "We started well and had chances. It was a vital win. '
            '"We were very good defensively. We move on to the next game." Brandt was outstanding.')
    [(quote, speaker)] = quotes_of(text)
    assert quote.startswith("We started well") and quote.endswith("the next game.") and speaker == "Kellan"
    # a quote inside a quote is still one: `"He said "no" to it."` (no sentence ends before the inner mark)
    assert len(quotes_of('Osk said: "He said "No" to the plan." Then she left.')) == 1


def test_a_wire_datelines_place_is_no_organisation_and_its_agency_never_speaks():
    text = "VARNO /Lower Delta/, May 20. /VNA/. Fishers gathered at the quays.\n\n" + '"We stay," the agency said.'
    result = extract(text)
    names = [e.name for e in result.organisations + result.persons]
    assert names == ["VNA"]  # not VARNO, nor Lower Delta
    assert quotes_of(text) == [("We stay,", None)]  # the agency that sent the story is not `the agency` in it


def test_the_agency_after_the_wire_is_named_again_is_the_body_it_quotes():
    # the ministry `told Interfax`: the wire is named in the story, and is still not `the agency` that adds words
    text = ("VARNO, May 20. /Interfax/. The spill grew, the Valdorian Emergencies Ministry told Interfax.\n\n"
            '"Cleanup continues," the ministry reported. "About 300 tons were collected," the agency added.')
    assert quotes_of(text) == [("Cleanup continues,", "Valdorian Emergencies Ministry"),
                               ("About 300 tons were collected,", "Valdorian Emergencies Ministry")]


def test_and_between_an_organisation_and_a_place_or_an_acronym_makes_two_names():
    result = extract("Talks between the Delta Union and Norway stalled. The Delta Union and RFTO disagreed.")
    assert sorted(o.name for o in result.organisations) == ["Delta Union", "RFTO"]


@pytest.mark.parametrize("text, bodies", [
    ("The Valdorian Association of Ferry Pilots and Kestrian Association of River Pilots met.",
     ["Kestrian Association of River Pilots", "Valdorian Association of Ferry Pilots"]),
    ("The Marenburg State Department of Health and State University of Marenburg ran the study.",
     ["Marenburg State Department of Health", "State University of Marenburg"]),
    # the right one is a body by its noun, even one the word lists do not hold
    ("Marenburg Council and Delta Borders Enterprise agreed.", ["Delta Borders Enterprise", "Marenburg Council"]),
])
def test_two_bodies_joined_by_and_are_two_organisations(text, bodies):
    assert sorted(o.name for o in extract(text).organisations) == bodies


@pytest.mark.parametrize("name", [
    "Organisation for Economic Co-operation and Development", "Institute for Delta and Harbour Security",
    "Federation of Valdorian Seeds and Ferry Associations", "National Institute of Economic and Social Research"])
def test_and_inside_one_bodys_name_keeps_it_whole(name):
    assert [o.name for o in extract(f"The {name} said so on Monday.").organisations] == [name]


@pytest.mark.parametrize("text, bodies", [
    # a title's holder, unnamed in the run: what the title is of is the organisation, when it is a body
    ("Jon Dalby, Chief Executive of Marenburg Harbour NHS Trust, had resigned.", ["Marenburg Harbour NHS Trust"]),
    ("Lena Ward, Vice Chairman of Halvard Shipping Inc., was there.", ["Halvard Shipping Inc."]),
    ("Ilse Varga, President of CNN Valdoria, was there.", ["CNN Valdoria"]),
    # a portfolio is no organisation
    ("Tomas Brandt, Minister of State for Finance and Industry, was there.", []),
    ("Mira Osk, Vice President for International Services, was there.", []),
    # nor is a title of birth: the name is a building's
    ("They played the Princess of Wales Theatre.", ["Princess of Wales Theatre"]),
])
def test_a_title_of_a_body_is_not_part_of_the_bodys_name(text, bodies):
    assert sorted(o.name for o in extract(text).organisations) == bodies


def test_a_work_titled_with_an_organisations_word_is_no_organisation():
    text = "Ward's last album, Genius Loves Company, sold well. She also appeared in movies, including School Daze."
    assert extract(text).organisations == []
    # named elsewhere without the work's noun, it is the organisation
    text = "Her album, Harbour Company, sold well. Harbour Company said it would tour."
    assert [o.name for o in extract(text).organisations] == ["Harbour Company"]


def test_a_dateline_place_or_a_label_in_capitals_opening_a_line_is_no_organisation():
    text = ("Kellan's harbour stances.\n\nMARROW, Val. - State Rep. Jon Dalby is certain.\n\n"
            "Arvid Kellan spoke.\n\nKELLAN: The ferries were late.\n\nUPDATE: 5/12 - The quays reopened.\n\n"
            "VHB: the harbour board met.")
    assert [o.name for o in extract(text).organisations] == ["VHB"]


def test_news_sites_of_the_web_named_by_one_word_are_organisations():
    r = extract('"The ferries are late," Politico reported, citing BuzzFeed.')
    assert [p.name for p in r.persons] == [] and {o.name for o in r.organisations} == {"Politico", "BuzzFeed"}


def test_a_platform_is_an_organisation_that_speaks_only_as_the_subject_of_a_speech_verb():
    text = ('Mira Osk wrote on Facebook about the ferries: "Men, you will not cease to exist by taking the ferry." '
            'Twitter said in a statement: "We condemn the use of Twitter for this."\n\n'
            '"Threats have no place here," a Twitter spokesman said.\n\n'
            'Jon Dalby shared a Facebook post that read: "The ferries are late."\n\n'
            'According to some on Twitter, Kellan was "incognito," and people talked.')
    r = extract(text)
    assert {o.name for o in r.organisations} == {"Facebook", "Twitter"}
    assert [q.speaker for q in r.quotes] == ["Mira Osk", "Twitter", "Twitter", "Jon Dalby", None]


def test_the_writing_speaks_for_the_subject_of_the_sentence_that_brings_it_in():
    text = ('The official Harbour Courier newspaper today published its demands in an editorial.\n\n'
            '"It is important that the quays reopen," the editorial said.')
    assert quotes_of(text)[-1][1] == "Harbour Courier"
    # not when the writing speaks in that sentence: its subject is what the writing said
    text = ('The Valdoria Harbour Board should cut fares, an independent report said.\n\n'
            '"The ferries protect their position through secrecy," the report said.')
    assert quotes_of(text)[-1][1] is None


def test_an_unnamed_spokesman_speaks_for_the_organisation_the_sentence_before_is_about():
    text = ('The Valdoria Harbour Board would not comment on the concerns.\n\n'
            'A spokeswoman said: "It is not news that the quays are closed."')
    assert quotes_of(text) == [("It is not news that the quays are closed.", "Valdoria Harbour Board")]
    # (after a connective opening that sentence too)
    text = ('Osk was questioned. But the Valdoria Harbour Board would not say what fine Osk faced. '
            '"Once she replies we will comment," added the spokesman.')
    assert quotes_of(text) == [("Once she replies we will comment,", "Valdoria Harbour Board")]
    text = 'Halvard Shipping Inc said it owned the quay. But a spokesman added: "We are confident."'
    assert quotes_of(text) == [("We are confident.", "Halvard Shipping Inc")]
    # not when his own sentence names another, nor after a sentence the organisation does not open
    text = ('Halvard Shipping Inc cut its fares. Rival Marrow Ferries has "nothing to announce", a spokesman said.')
    assert quotes_of(text)[-1][1] != "Halvard Shipping Inc"
    text = 'Shares in Halvard Shipping Inc fell. A spokesman said: "We are confident."'
    assert quotes_of(text) == [("We are confident.", None)]


def test_a_site_that_published_someones_email_did_not_write_it():
    text = ("WikiLeaks released thousands of emails hacked from the account of Jon Dalby.\n\n"
            "The staffers were working on how to word a press release.\n\n"
            'The email began, "The harbour master was warmly received today at the quay."')
    assert quotes_of(text)[-1][1] != "WikiLeaks"


@pytest.mark.parametrize("text, orgs", [
    ("Harbour Nights on VBC was a hit.", ["VBC"]),
    ("Halvard Shipping Inc on Feb 3 said it would sell.", ["Halvard Shipping Inc"]),
    ("Democrats on Capitol Hill told the story.", []),
    # a body that is on something keeps it in its name
    ("The Commission on Ferry Safety said so.", ["Commission on Ferry Safety"]),
    ("The Valdorian Council on Foreign Relations said so.", ["Valdorian Council on Foreign Relations"]),
])
def test_on_joins_a_body_and_what_it_is_on_but_not_two_names(text, orgs):
    assert [o.name for o in extract(text).organisations] == orgs


def test_a_charitys_war_on_something_is_not_split_into_a_person():
    assert extract("Groups including War on Want's John Hilary said so.").persons[-1].name == "John Hilary"
    assert "Want" not in [p.name for p in extract("Groups including War on Want said so.").persons]


def test_an_acronym_spelt_by_the_initials_of_a_name_in_the_story_is_that_organisation():
    result = extract("The Valdoria Harbour Board met on Monday. Later the VHB said it would reopen the quays.")
    [org] = result.organisations
    assert org.name == "Valdoria Harbour Board" and org.aliases == ["VHB"] and len(org.mentions) == 2
    # two names with the same initials: the acronym is left alone rather than given to either
    both = extract("The Valdoria Harbour Board and the Valdoria Hill Bank met. The VHB said no.")
    assert "VHB" in [o.name for o in both.organisations]
    # two letters spell too many names: only the few bodies news shortens so
    assert "BA" in [o.name for o in extract("Analysts at Bank of Valdoria cut it. BA shares fell.").organisations]
    assert [o.aliases for o in extract("The European Union met. The EU said no.").organisations] == [["EU"]]


def test_an_organisations_own_of_the_stays_in_its_name_but_a_persons_does_not():
    assert [o.name for o in extract("Aid came from the International Committee of the Red Delta.").organisations] \
        == ["International Committee of the Red Delta"]
    result = extract("Jon Dalby of the Valdoria Courier said so.")
    assert [p.name for p in result.persons] == ["Jon Dalby"]
    assert [o.name for o in result.organisations] == ["Valdoria Courier"]


def test_the_head_of_state_and_the_diplomat_are_the_person_the_story_named():
    text = ("Valdorian President Arvid Kellan met Ambassador Mira Osk.\n\n"
            '"We are ready to talk," the head of state said.\n\n"Nothing is decided," the Valdorian leader said.\n\n'
            'Osk thanked him.\n\n"Trade will grow," the diplomat said.')
    assert [s for _t, s in quotes_of(text)] == ["Arvid Kellan", "Arvid Kellan", "Mira Osk"]


def test_a_role_the_story_brought_in_unnamed_or_of_another_nation_or_trade_stays_unnamed():
    unnamed = "Ambassador Mira Osk spoke. A Kestrian diplomat disagreed.\n\n" + '"Nothing grew," the diplomat said.'
    assert quotes_of(unnamed) == [("Nothing grew,", None)]
    nation = "President Arvid Kellan spoke.\n\n" + '"Nothing grew," the Kestrian leader said.'
    assert quotes_of(nation) == [("Nothing grew,", None)]  # nothing calls Kellan Kestrian
    band = "At his rally, Arvid Kellan waved.\n\n" + 'Then the band leader sang, "Our time is now," to the crowd.'
    assert all(s is None for _t, s in quotes_of(band))


def test_it_is_the_organisation_the_sentence_is_about_not_the_last_one_it_names():
    text = ("The Valdorian Foreign Ministry recalled that Valdoria funds the Delta Red Cross Society.\n\n"
            '"Our country has paid in full," it noted.')
    assert quotes_of(text) == [("Our country has paid in full,", "Valdorian Foreign Ministry")]
    text = ("Before the vote at the Harbour Board, the Valdorian Fishers Union said it would appeal.\n\n"
            '"We will win," it said.')
    assert quotes_of(text) == [("We will win,", "Valdorian Fishers Union")]


def test_two_given_names_joined_by_a_hyphen_are_one():
    assert [p.name for p in extract("Sven-Goran Eriksson praised the team.").persons] == ["Sven-Goran Eriksson"]
    assert [p.name for p in extract("The Franco-Valdorian plan failed.").persons] == []


def test_an_unnamed_subject_speaks_not_the_one_its_denial_names():
    text = ("Tim Dalby was accused of a remark.\n\nA club spokesperson denied Dalby made the remark, insisting: "
            '"He definitely did not say it."')
    assert quotes_of(text) == [("He definitely did not say it.", None)]


def test_a_verb_that_speaks_only_with_its_particle_is_no_cue_without_it():
    text = 'Jon Dalby said that the delta had hit a "softer patch" in the spring.'
    assert quotes_of(text) == [("softer patch", "Jon Dalby")]
    assert quotes_of('Osk hit back, "Nonsense."') == [("Nonsense.", "Osk")]


def test_he_after_someone_unnamed_spoke_of_a_named_person_is_the_unnamed_one():
    text = ("Arvid Kellan left the harbour board on Monday.\n\nOne veteran ferry pilot said Kellan, who ran the port "
            'for years, deserves credit. "If it had not been for him, the delta would be dry," he said.')
    assert quotes_of(text) == [("If it had not been for him, the delta would be dry,", None)]
    asked = 'Jon Osk voted.\n\nA reporter asked Osk how he felt. He replied: "Fine."'
    assert quotes_of(asked) == [("Fine.", "Jon Osk")]  # the one asked answers
    # a verb that speaks only with its particle does not make `A delivery truck` someone speaking
    truck = 'Mayor Jon Osk visited.\n\nA delivery truck hit two cars near the harbour. "We were lucky," he said.'
    assert quotes_of(truck) == [("We were lucky,", "Jon Osk")]
    # nor does a speech verb's bare form, which no one subject takes (`A 10x7in snap … would cost`)
    snap = ('Mr Osk said prices fell.\n\nA 10x7in snap at Dalby Prints would cost £4.99. "We are adamant it is '
            'cheaper," he said.')
    assert quotes_of(snap) == [("We are adamant it is cheaper,", "Osk")]


def test_a_person_an_organisation_is_named_after_keeps_their_own_name_and_words():
    text = ("Mourners gathered at the Arvid Kellan Centre in Marenburg. Arvid Kellan died on Friday, and his family "
            'spoke.\n\nKellan once said: "The river is ours."')
    result = extract(text)
    assert [p.name for p in result.persons] == ["Arvid Kellan"]
    assert [o.name for o in result.organisations] == ["Arvid Kellan Centre"]
    assert quotes_of(text) == [("The river is ours.", "Arvid Kellan")]
    firm = extract("Lena Ward said its profits rose. The Lena Ward Company owns the ferries.")
    assert firm.persons == [] and [o.name for o in firm.organisations] == ["Lena Ward Company"]


def test_describing_hyphenated_words_and_faiths_are_no_names():
    result = extract("The Linux-based phone sold well. He spoke to US-funded Radio Delta. Jewish said nothing.")
    assert result.persons == [] and [o.name for o in result.organisations] == ["Radio Delta"]
    assert [p.name for p in extract("North Valdorian leader Kim Jong-un spoke.").persons] == ["Kim Jong-un"]


def test_a_given_name_and_a_surname_that_is_an_organisations_word_after_a_title_are_a_person():
    text = 'Labour MP Tony Banks said: "No."'
    result = extract(text)
    assert [p.name for p in result.persons] == ["Tony Banks"] and [o.name for o in result.organisations] == ["Labour"]
    assert quotes_of(text) == [("No.", "Tony Banks")]


def test_well_known_firms_named_like_people_are_organisations():
    result = extract("Apple said its profits rose. Louis Vuitton opened a shop.")
    assert result.persons == [] and sorted(o.name for o in result.organisations) == ["Apple", "Louis Vuitton"]


def test_a_pronoun_after_an_inverted_attribution_is_the_one_who_argued_not_the_one_argued_about():
    # `…, argued Mr Howard. …, he added: "…"`: the sentence names two men, and the one after the speech verb
    # that closes it is speaking
    text = ("Tomas Brandt and Arvid Kellan met in the chamber on Wednesday.\n\n"
            "It was no good Mr Kellan claiming the ferry money was safe when he had cut it twice, argued Mr Brandt. "
            'Pointing to the harbour budget, he added: "Everyone knows the fares will go up."')
    assert quotes_of(text) == [("Everyone knows the fares will go up.", "Tomas Brandt")]


def test_quotes_standing_alone_in_a_wire_digest_of_one_persons_statements_are_that_persons():
    # `Below are Putin's key statements`: the quotes below stand alone, and a name quoted in passing (a
    # suggestion of the Speaker's years ago) does not take over the ones after it
    text = ("MARENBURG, May 20. /MNA/. Valdorian President Teodor Brask held his annual press conference.\n\n"
            "Below are Brask's key statements that MNA put together.\n\n"
            'The harbour will stay open. "We do not close what our grandparents built."\n\n'
            'In 2021, Speaker Tomas Brandt suggested "delaying the vote for ten years."\n\n'
            "The visit of Aurennese Prime Minister Mathis Ferrand was about the river. The prime minister offered "
            'Castelmor for talks. "If it comes to that, why not?"\n\n'
            'Ferry fares will not rise. "Our prices were fair and they remain fair."')
    assert [s for _, s in quotes_of(text)] == ["Teodor Brask", "Tomas Brandt", "Teodor Brask", "Teodor Brask"]
    plain = text.replace("Below are Brask's key statements that MNA put together.", "The hall was full.")
    assert [s for _, s in quotes_of(plain)][0] is None  # without the digest, the first one has no speaker
    # the heading opens a sentence or a paragraph, not the inside of a word (`…Where are…`, `Overhere is…`)
    glued = text.replace("Below are Brask's", "TheBelow are Brask's")
    assert [s for _, s in quotes_of(glued)][0] is None
    at_start = "Below are President Teodor Brask's key statements." + text[text.index(" put together.") + 14:]
    assert [s for _, s in quotes_of(at_start)][0] == "Teodor Brask"


def test_films_books_and_characters_named_like_people_are_no_people():
    # `the drama Vera Drake`, `Vera Drake star Imelda Staunton`: invented titles here, with the same shapes
    text = ("Maria Holt won best actress for the harbour drama Ellen Varga on Sunday. Ellen Varga star Maria Holt "
            "thanked the crew. The third Tomas Kettle film opens in May; Tomas Kettle director Arvid Lunde said the "
            "budget had doubled.\n\nCritics praised her role in Nora Blix, a comedy about a ferry.")
    names = [p.name for p in extract(text).persons]
    assert names == ["Maria Holt", "Arvid Lunde"]
    # one mention is enough with an ordinal before it: one work of a series
    assert extract("Fans queued for the sixth Tomas Kettle film on Friday.").persons == []
    # and with `the` before it and works after it: works of many named after a character; one film after `the`
    # is its director's
    assert extract("The firm behind the Tomas Kettle games cut 100 jobs.").persons == []
    assert [p.name for p in extract("The Arvid Lunde film opens on Friday.").persons] == ["Arvid Lunde"]
    # novels are their author's, and a name the story uses otherwise too is a person's
    assert [p.name for p in extract("Fans of the Arvid Lunde novels met.").persons] == ["Arvid Lunde"]
    assert [p.name for p in extract("She loved the Arvid Lunde films, and Arvid Lunde will attend.").persons] \
        == ["Arvid Lunde"]
    # the same name treated as a person somewhere in the story stays a person, and a director's film is theirs
    person = text + ' "We never expected this," said Ellen Varga, who plays herself.'
    assert "Ellen Varga" in [p.name for p in extract(person).persons]
    director = "Maria Holt won for her role in Arvid Lunde's Harbour Lights. Arvid Lunde stars in it too."
    assert [p.name for p in extract(director).persons] == ["Maria Holt", "Arvid Lunde"]


def test_a_given_name_before_a_surname_that_is_an_organisations_word_is_a_person():
    text = ('Sprinter Dwain Kettle and bassist Nicky Wire met Maria Church. "We ran," Lisa Power said. '
            "Lawyers at Harbour Chambers and the Riverside Church stayed away.")
    result = extract(text)
    assert {"Nicky Wire", "Maria Church", "Lisa Power"} <= {p.name for p in result.persons}
    assert {"Harbour Chambers", "Riverside Church"} <= {o.name for o in result.organisations}
    assert not {"Nicky Wire", "Maria Church", "Lisa Power"} & {o.name for o in result.organisations}
    assert quotes_of(text) == [("We ran,", "Lisa Power")]


def test_things_named_by_letters_are_no_organisations():
    text = "Sales of PVR boxes, UMD discs and RFID tags rose, as did R&B records, the Marenburg Audit Office said."
    assert [o.name for o in extract(text).organisations] == ["Marenburg Audit Office"]
    # nor is the medium after `The` an outlet (`The TV host`), where `The Courier` is a paper, nor a country's
    # many channels (`US TV`), where `Valdorian TV` is the state's
    assert [o.name for o in extract("The TV host thanked The Courier. The Radio network declined.").organisations] \
        == ["Courier"]
    assert [o.name for o in extract("A US TV network cut the film. Valdorian TV said so.").organisations] \
        == ["Valdorian TV"]
    # nor a continent's, nor a kind of television
    text = "Mobile TV and High-definition TV are growing, and European TV drama sells. Valdorian TV said so."
    assert [o.name for o in extract(text).organisations] == ["Valdorian TV"]


def test_a_middle_initial_without_its_dot_is_part_of_the_name():
    # BBC style: `George W Bush`, `Samuel L Jackson`; a capital word at the end is no name (`Kellan NRCC`)
    assert [p.name for p in extract("He met Tomas K Kellan on Monday.").persons] == ["Tomas K Kellan"]
    assert [p.name for p in extract("Yesterday Maria J Holt opened the harbour.").persons] == ["Maria J Holt"]
    assert extract("He met Tomas KELLAN on Monday.").persons == []
    assert extract("They read Touching From A Distance on Monday.").persons == []


def test_events_awards_and_competitions_are_no_organisations():
    text = ("The Marenburg Ferry Company showed its new boat at the Harbour Electronics Show (HES) and won a "
            "Valdorian Screen Guild Award. Tomas Brandt skipped the Golden Globes and the Ferry Union Grand Prix "
            "for a Champions League final and the Arvid Lunde Rally.")
    result = extract(text)
    assert [o.name for o in result.organisations] == ["Marenburg Ferry Company"]
    assert [p.name for p in result.persons] == ["Tomas Brandt"]
    # laws and treaties neither, nor their acronyms; `Law` ends a person's name (`Jude Law`)
    text = ("The Harbour Services Act came into force, and the International Herring Agreement (IHA) lapsed, "
            "Tomas Law said.")
    result = extract(text)
    assert result.organisations == [] and [p.name for p in result.persons] == ["Tomas Law"]


def test_a_firms_and_co_is_part_of_its_name_and_the_firm_is_called_by_its_word_after():
    # wire style: `Merrill Lynch and Co Inc`, `Carolina Power and Light Co`, `A.G. Edwards and Sons Inc`
    text = ("Underwriters led by Halvorsen Lynch and Co Inc and Marenburg Power and Light Co sold the notes. "
            "J.K. Dalby and Sons Inc bought some.\n\nDalby said it would hold them. "
            '"We are buyers," said Wilf Gobert of Peters and Co Ltd in Marenburg.\n\n'
            "The Courier and The Times said so.")
    result = extract(text)
    orgs = {o.name: o for o in result.organisations}
    assert {"Halvorsen Lynch and Co Inc", "Marenburg Power and Light Co", "J.K. Dalby and Sons Inc",
            "Peters and Co Ltd", "Courier", "Times"} == set(orgs)
    assert len(orgs["J.K. Dalby and Sons Inc"].mentions) == 2  # `Dalby said`: the firm, no person Dalby
    assert [p.name for p in result.persons] == ["Wilf Gobert"]
    assert quotes_of(text) == [("We are buyers,", "Wilf Gobert")]
    # a firm of a place is no person's name, even beside a speech verb
    firm = "Gold Fields of South Africa Ltd said two groups fought."
    assert extract(firm).persons == []


def test_a_partnerships_names_written_with_a_comma_are_one_firm():
    text = ("Underwriters are Halvorsen, Lynch and Co and Kidby, Dalby and Co Inc; Marenburg Ferry Corp and Osk "
            "and Co Inc follow.\n\nLed by Harbour Inc, Brandt and Co bought. In Marenburg, Tomas and Co sold.")
    names = sorted(o.name for o in extract(text).organisations)
    assert names == ["Brandt and Co", "Halvorsen Lynch and Co", "Harbour Inc", "Kidby Dalby and Co Inc",
                     "Marenburg Ferry Corp", "Osk and Co Inc", "Tomas and Co"]
    assert extract(text).persons == []


def test_arabic_names_keep_their_particles_and_roles_parties_and_tables_make_no_people():
    text = ("Valdorian Oil Minister Sheikh Ali al-Khalifa al-Sabah met Sheikh Zaid bin Sultan al-Nahayan. Al-Sabah "
            'said prices were low. The daily al-Riyadh reported it.\n\n"This is a start," the Treasury Secretary '
            "said. Veteran Christian Democrat politician Tomas Brandt agreed.\n\n"
            "686,400 GEN MOTORS         83 3/8 UP   1 7/8")
    result = extract(text)
    persons = {p.name: p for p in result.persons}
    assert set(persons) == {"Ali al-Khalifa al-Sabah", "Zaid bin Sultan al-Nahayan", "Tomas Brandt"}
    assert len(persons["Ali al-Khalifa al-Sabah"].mentions) == 2  # `Al-Sabah said`, at a sentence's head


def test_an_owners_s_that_is_part_of_a_firms_name_stays():
    text = "Moody's cut the rating. Standard and Poor's said it agreed. The Courier's editor did not."
    assert sorted(o.name for o in extract(text).organisations) == ["Courier", "Moody's", "Standard and Poor's"]


def test_a_well_known_firm_is_an_organisation_by_its_one_word_unless_the_story_is_about_a_person_of_that_name():
    # (firms, parties and papers of wordlists/known_orgs.txt: `Microsoft`, `Labour`, `Izvestia`)
    text = ("Shares in Microsoft fell. Labour won the seat. Texaco Inc cut its dividend and Texaco shares fell.\n\n"
            'Izvestia reported the harvest. Without giving figures, the newspaper said: "Crops must be reseeded."\n\n'
            'Bank economist Yukio Honda spoke. "Rates will fall," Honda said.')
    result = extract(text)
    orgs = {o.name: o for o in result.organisations}
    assert {"Microsoft", "Labour", "Texaco Inc", "Izvestia"} <= set(orgs) and "Texaco" not in orgs
    assert len(orgs["Texaco Inc"].mentions) == 2 and "Honda" not in orgs
    assert quotes_of(text) == [("Crops must be reseeded.", "Izvestia"), ("Rates will fall,", "Yukio Honda")]
    # `the magazine` is a publication the story named, not the firm it named last
    gadgets = 'Sony made the radio. "Who can forget it?" asked the magazine.'
    assert quotes_of(gadgets) == [("Who can forget it?", None)]


def test_a_well_known_firm_named_like_a_person_is_a_firm_wherever_the_story_names_it():
    # (wordlists/known_orgs.txt: `Shearson Lehman`, `James Capel`), and one of its words alone is that firm;
    # but an index named after a firm is no firm
    text = ("Analysts at Shearson Lehman expect rates to fall, said Jon Osk of brokers James Capel. "
            "Capel said the Dow Jones rose and the Shearson Lehman index of bonds fell.")
    result = extract(text)
    found = {o.name: o for o in result.organisations}
    assert set(found) == {"Shearson Lehman", "James Capel"}
    assert [text[s:e] for s, e in found["James Capel"].mentions] == ["James Capel", "Capel"]
    assert len(found["Shearson Lehman"].mentions) == 1
    assert [p.name for p in result.persons] == ["Jon Osk"]


def test_a_surname_after_and_is_the_person_the_story_named_not_part_of_a_place():
    text = ("Marenburg coach Tomas Kettle praised his side. Marenburg beat Varno on penalties at Harbour Park and "
            'Kettle said: "We are very happy."')
    assert quotes_of(text) == [("We are very happy.", "Tomas Kettle")]


def test_words_woven_into_what_a_person_says_about_an_organisation_are_the_persons():
    text = ('Arvid Kellan spoke in Marenburg. Kellan said the Marenburg Ferry Company would continue to fight the levy '
            '"tooth and nail."')
    assert quotes_of(text) == [("tooth and nail.", "Arvid Kellan")]


def test_a_places_or_a_named_persons_firm_or_party_is_that_firm_or_party():
    text = ("Teodor Brask spoke. Brask's Civic Renewal Party won. Aurenne's Brannock Power said no, and "
            "Valdoria's Supreme Court ruled. Malaysia's Central Bank cut rates.")
    names = sorted(o.name for o in extract(text).organisations)
    # a state's body keeps its place: every country has a Supreme Court and a Central Bank
    # (a real country's possessive becomes its adjective: one name for `Malaysia's` and `the Malaysian Central Bank`)
    assert names == ["Brannock Power", "Civic Renewal Party", "Malaysian Central Bank", "Valdoria's Supreme Court"]


def test_a_name_run_into_an_organisations_or_a_portfolios_name_is_a_person():
    # wire copy runs a portfolio or an organisation straight into a name: the person is the name, the
    # portfolio is their title (no organisation), the organisation stays one
    text = ('"Growth will slow," Minister of State for Finance Ardo Vesk said. Vesk said more was needed.')
    assert set(people(text)) == {"Ardo Vesk"} and orgs(text) == {}
    assert quotes_of(text) == [("Growth will slow,", "Ardo Vesk")]
    text = "The loan rate hurt, U.S. Undersecretary of Agriculture Tomas Brandt said."
    assert set(people(text)) == {"Tomas Brandt"} and orgs(text) == {}
    text = "Trading will shift, branch manager of Halvard Securities Tomas Brandt told a press conference."
    assert set(people(text)) == {"Tomas Brandt"} and set(orgs(text)) == {"Halvard Securities"}
    # a title at the end of the organisation's name, and a title with its portfolio, are the person's
    text = "The Marenburg Canal Commission Administrator Lena Osk said it was fine."
    assert set(people(text)) == {"Lena Osk"} and set(orgs(text)) == {"Marenburg Canal Commission"}
    text = "Halvard and Co Director of Trading Lena Osk said the firm was busy."
    assert set(people(text)) == {"Lena Osk"} and set(orgs(text)) == {"Halvard and Co"}
    # the name is taken only where the story treats it as one: no speech verb, no surname alone later
    text = "The Harbour Savings Bank Lena Osk opened a branch."
    assert people(text) == {} and set(orgs(text)) == {"Harbour Savings Bank Lena Osk"}


def test_a_name_run_into_an_organisation_is_a_person_after_a_title_of_it_with_letters_or_named_elsewhere():
    # a title and `of` before the organisation: someone who holds it follows
    text = "Present were Governor of the Harbour Savings Bank Lena Osk and others."
    assert set(people(text)) == {"Lena Osk"} and set(orgs(text)) == {"Harbour Savings Bank"}
    # letters after the name are a person's; the quote is hers, not the committee's
    text = 'Chairman of the Canal Audit Committee Lena Osk MP, said: "The plan is a mess."'
    assert set(people(text)) == {"Lena Osk"} and set(orgs(text)) == {"Canal Audit Committee"}
    assert quotes_of(text) == [("The plan is a mess.", "Lena Osk")]
    # one word of an organisation alone, run into a name the story gives whole elsewhere
    text = "Sources told the BBC Tomas Brandt has always backed the plan. It was Tomas Brandt who spoke."
    assert set(people(text)) == {"Tomas Brandt"} and set(orgs(text)) == {"BBC"}
    # `General` after `of` opens a firm's name, no rank, and what the title is of stays an organisation
    text = '"We hope for change," visiting Chairman of General Motors Roger Smith said in March.'
    assert set(people(text)) == {"Roger Smith"} and set(orgs(text)) == {"General Motors"}
    assert quotes_of(text) == [("We hope for change,", "Roger Smith")]
    # but a portfolio is no organisation
    text = "The Marenburg Miners Union Director of Government Affairs Lena Osk told reporters."
    assert set(people(text)) == {"Lena Osk"} and "Government Affairs" not in orgs(text)


def test_two_titled_names_joined_by_and_are_two_people():
    # `… and <body> <title> <name>`: the left one was lost inside an organisation's name
    text = ("Present were Valdorian Finance Minister Arvid Kellan and Bundesbank President Mira Osk, "
            "and Kestrian Trade Minister Jon Dalby and Bank of Kestria Governor Lena Ward.")
    assert set(people(text)) == {"Arvid Kellan", "Mira Osk", "Jon Dalby", "Lena Ward"}
    # a body's one-word name holding its kind's word stays an organisation; the other is named whole
    assert set(orgs(text)) == {"Bundesbank", "Bank of Kestria"}


def test_a_named_person_owns_what_follows_the_possessive():
    # a given name and a surname, or a titled name, then `'s`: the person, and what they own is no part of the name
    text = ("The poll gave Arvid Kellan's Conservatives a lead. Prime Minister Mira Osk's Civic Party lost, and "
            "officials of President Dalby's Administration said no.")
    assert set(people(text)) == {"Arvid Kellan", "Mira Osk", "Dalby"}
    # the party is one; the word for a kind of body alone is none
    assert set(orgs(text)) == {"Conservatives", "Civic Party"}
    # but a title's word is no owner (`the Lord Chancellor's Department`)
    assert people("A review by the Lord Chancellor's Department began.") == {}


def test_an_officers_title_after_a_bodys_name_is_no_part_of_it():
    text = ("The Civic Renewal Party Co-Chairman said no. Harbour News Chairman Tomas Brandt agreed, as did the "
            "Kestrian Independence Party MEP.")
    assert set(orgs(text)) == {"Civic Renewal Party", "Harbour News", "Kestrian Independence Party"}
    # a title that is the body's own name stays (`Office of the Deputy Prime Minister`)
    assert set(orgs("The Office of the Deputy Prime Minister said no.")) == {"Office of the Deputy Prime Minister"}


def test_a_bodys_name_ends_at_its_bodys_word_before_what_it_has():
    text = ("Kestrian National Party Holyrood leader Mira Osk spoke. Valdoria won the first event of the "
            "International Ferry Board World Sevens series.")
    assert set(orgs(text)) == {"Kestrian National Party", "International Ferry Board"}
    # a name that goes on after the body's word, with no such noun after it, stays whole
    assert set(orgs("The Kestrian National Party Holyrood said no.")) == {"Kestrian National Party Holyrood"}


def test_capitals_before_a_dollar_sign_are_a_currency_not_an_organisation():
    assert set(orgs("Profit was HK$327m (US$42m), and the KMA said so.")) == {"KMA"}


def test_a_name_set_off_by_commas_after_a_role_of_an_organisation_is_a_person():
    # the given name is not one the lists know; the role before the organisation and the speech verb tell
    text = "However, the president of the Kestrian Coffee Institute, Jorio Vantaal, said he had not decided."
    assert set(people(text)) == {"Jorio Vantaal"} and set(orgs(text)) == {"Kestrian Coffee Institute"}


def test_a_surname_mistyped_once_is_the_person_named_in_full():
    # wire copy misspells a name it has just written: one letter more, less, changed or two swapped
    text = ('Economist Jason Benderly of Halvard Securities expects a slowdown. '
            '"The economy is moving between extremes," Benderley said.')
    assert set(people(text)) == {"Jason Benderly"}
    assert quotes_of(text) == [("The economy is moving between extremes,", "Jason Benderly")]
    text = "Finance Minister Arvid Kellan spoke on Monday. Kelaln said the budget would pass."
    assert set(people(text)) == {"Arvid Kellan"}
    # a titled one-word name is its own person, however close to another's surname
    text = "Treasury Secretary Donald Regan met bankers. President Reagan said the talks went well."
    assert set(people(text)) == {"Donald Regan", "Reagan"}
    # two letters off is another name
    text = "Arvid Kellan arrived first. Kallin said he came later."
    assert set(people(text)) == {"Arvid Kellan", "Kallin"}


def test_a_name_with_a_capital_inside_is_a_firms():
    text = '"Spam is rising," NordLink said in a report. Its chief, Mira Osk, agreed.'
    assert set(people(text)) == {"Mira Osk"} and "NordLink" in orgs(text)
    assert quotes_of(text) == [("Spam is rising,", "NordLink")]
    # a particle before the capital is a surname's (`McCartney`, `DiCaprio`)
    text = '"We are ready," McAllister said. DeLuca agreed.'
    assert {"McAllister", "DeLuca"} <= set(people(text))


def test_a_firm_named_in_full_and_then_by_one_word_is_that_firm():
    text = ("Halvard-Berg Inc said it would buy Osk Mills Co. "
            "Halvard said the deal would close in May.")
    assert people(text) == {} and "Halvard-Berg Inc" in orgs(text) and "Halvard" not in orgs(text)
    text = "Ferrowave Holdings Corp posted a loss. Ferowave said sales fell."
    assert people(text) == {} and set(orgs(text)) == {"Ferrowave Holdings Corp"}
    # a person inside an organisation's name, and a person spoken of as he or she, stay people
    text = "Lena Marsh of Marsh Savings Bank spoke. Marsh said she would retire."
    assert "Lena Marsh" in people(text)


@pytest.mark.parametrize("text", [
    "Exporters said the price was too high. Growers said it was fair.",  # a group's plural
    '"Peace is near," the bishop told his fellow Christians.',  # ... after a word taken for a title
    "The vote will pass, Kellan told his fellow MEPs.",  # an acronym's plural
    "Financially pressed Valdoria, a member of the group, said so.",  # an adverb
    "The merger, announced Nov 17 and revised Jan 26, was dropped.",  # months before their days
    "Soviet-American talks resumed. The English-language daily said exports rose.",  # peoples' adjectives
    '"It was hard," the Dutchman said. "It was easy," the 25-year-old Dubliner said.',  # nationals' nouns
    "Fadil Marek, OPEC Deputy Secretary General, said output would rise.",  # the tail of a title
    "The issue was priced at par, lead-manager Halvard Freres et Cie said.",  # a firm's tail
])
def test_words_that_are_no_ones_name_alone_are_nobody(text):
    assert set(people(text)) <= {"Kellan", "Fadil Marek"}


def test_an_acronym_a_bond_issues_lead_manager_and_a_paper_are_organisations():
    text = "He said SMC and UCPB would meet on Monday."
    assert people(text) == {} and "SMC" in orgs(text)
    assert people("The new model is based on the Ferrowave PC AT and costs less.") == {}
    text = "The bonds were priced at par, lead manager Swiss Volksbank said."
    assert people(text) == {} and set(orgs(text)) == {"Volksbank"}
    text = "Output fell, the newspaper Vestnik reported. Kellan told Kurier newspaper he was sorry."
    assert set(people(text)) == {"Kellan"} and set(orgs(text)) == {"Vestnik", "Kurier"}
    # a firm's group of words that opens with a plural stays whole
    assert set(orgs("Manufacturers Harbour Corp said profits rose.")) == {"Manufacturers Harbour Corp"}


def test_a_national_described_after_a_quote_is_the_player_named_before():
    # sport writes a player it has named by nationality: `said the American`, `the Dutchman said`
    text = ('Arvid Kellan won his first final on Sunday. "It was a new experience," said the Valdorian. '
            '"I liked it," the Dutchman said.')
    assert quotes_of(text) == [("It was a new experience,", "Arvid Kellan"), ("I liked it,", "Arvid Kellan")]
    # a paper is no national (`the Guardian said`)
    text = 'Arvid Kellan won on Sunday. "A fine final," the Guardian said.'
    assert quotes_of(text) != [("A fine final,", "Arvid Kellan")]


def test_an_adjective_before_estimates_or_reports_at_a_sentences_head_is_no_one():
    text = ("Preliminary estimates put the deficit at four billion. Unconfirmed reports said ships had left. "
            "Detailed forecasts were not released.")
    assert people(text) == {}
    # a name before the same verb in mid-sentence, or after a first mention, is still a speaker
    assert set(people("Output will rise, Kellan forecasts.")) == {"Kellan"}
    assert set(people("Arvid Kellan spoke. Kellan estimates the cost at four billion.")) == {"Arvid Kellan"}


def test_a_firm_known_by_one_word_is_one_organisation_with_its_legal_name():
    # well-known firms, agencies and papers named by one word are organisations, never people
    text = "Profits at Cargill rose, the Antara news agency said. Aramco said output would hold."
    assert people(text) == {} and {"Cargill", "Antara", "Aramco"} <= set(orgs(text))
    # the word and the firm's legal name in one story are one organisation
    assert set(orgs("Akzo NV said profits rose. Akzo said more would come.")) == {"Akzo NV"}
    assert set(orgs("Siemens AG said profits rose. Shares in Siemens fell.")) == {"Siemens AG"}
    assert set(orgs("The OPEC meeting ended. Opec said more would come.")) == {"OPEC"}
    # another body named after it is another body
    assert set(orgs("The Scottish Labour Party met. Labour said it would win.")) == {
        "Scottish Labour Party", "Labour"}
    # and a person who bears the name is that person
    text = "Brewer Ivo Heineken was freed. Heineken said he was fine."
    assert set(people(text)) == {"Ivo Heineken"}


def test_an_award_after_best_and_a_category_is_no_one():
    assert people("She is tipped for the best supporting actress Oscar.") == {}
    assert set(people("The best actor nominee Kellan said he was proud.")) == {"Kellan"}


def test_a_person_of_an_organisation_after_a_role_is_the_person_and_the_organisation():
    text = 'Oil would rise, said analyst Rosmer Tallis of Halvard Securities.'
    assert set(people(text)) == {"Rosmer Tallis"} and set(orgs(text)) == {"Halvard Securities"}
    text = 'Senior Managing Director Ivo Brandt of Halvard Brothers said: "It is sound."'
    assert set(people(text)) == {"Ivo Brandt"} and set(orgs(text)) == {"Halvard Brothers"}
    assert quotes_of(text) == [("It is sound.", "Ivo Brandt")]
    # the speaker before the cue is the person, not the organisation they are of
    assert quotes_of('Ivo Brandt of Halvard Securities said: "It is sound."') == [("It is sound.", "Ivo Brandt")]
    text = 'Analyst Brandt of Halvard Securities said oil would rise.'
    assert set(people(text)) == {"Brandt"} and set(orgs(text)) == {"Halvard Securities"}
    # a peer's seat is no organisation, and a rank opening a longer name is no one's
    assert set(people("The judgment of Lord Arvel of Marenburg was read.")) == {"Arvel"}
    assert people("Executive Life of Marenburg took credits.") == {}


def test_brothers_shimbun_div_and_harriers_end_organisations_names():
    text = "Dittmar Brothers, Valdor Shimbun, Halvard Foods Div and Marenburg Harriers said so."
    assert people(text) == {} and set(orgs(text)) == {
        "Dittmar Brothers", "Valdor Shimbun", "Halvard Foods Div", "Marenburg Harriers"}


def test_a_plural_always_after_the_is_a_team_or_a_band_and_a_hometown_is_no_one():
    text = "Harbour lost at home. The Blues began the second half with more urgency and scored twice."
    assert people(text) == {} and "Blues" in orgs(text)
    # clubs known by one word are clubs
    assert people("On Thursday Rangers said they would not raise their offer.") == {}
    text = '"We are back," the Rainmakers said.'
    assert people(text) == {} and quotes_of(text) == [("We are back,", "Rainmakers")]
    # a family the story names, and a people, are no band
    text = "Ivo Brandt bought shares. The Brandts said they may buy more. The Valdorians said no."
    assert set(people(text)) <= {"Ivo Brandt"} and "Brandts" not in orgs(text) and "Valdorians" not in orgs(text)
    text = "One of the men, Jon Dalby, 34, from Hartmoor, Marenburg, said he and the others would appeal."
    assert set(people(text)) == {"Jon Dalby"}


def test_a_quote_signed_by_an_organisations_role_is_the_person_described_or_the_organisation():
    text = ('Halvard Rovers sporting director Toni Marek met the player. "He will stay," said the Halvard Rovers '
            'sporting director.')
    assert quotes_of(text) == [("He will stay,", "Toni Marek")]
    # with no one named in that role, the organisation speaks (`said the Labour leader`)
    text = 'Labour MP Jon Dalby was suspended. "There is no place for this," said the Labour leader.'
    assert quotes_of(text) == [("There is no place for this,", "Labour")]
    # a spokesman speaks for the organisation
    text = '"Prices will fall," said the Halvard Rovers spokesman.'
    assert quotes_of(text) == [("Prices will fall,", "Halvard Rovers")]


def test_a_country_whose_name_holds_an_organisation_word_is_a_place():
    text = "Exports to the Soviet Union rose. The Russian Federation said it would buy more wheat."
    assert orgs(text) == {} and people(text) == {}
    # an organisation's name that holds a place's is still the organisation
    assert set(orgs("The Soviet Union Grain Board met on Monday.")) == {"Soviet Union Grain Board"}


def test_a_rate_or_a_measure_named_by_letters_is_no_organisation():
    assert orgs("The loan pays half a point over LIBOR, and the PSBR fell.") == {}


def test_places_documents_and_titles_named_like_people_are_no_one():
    text = ("Sales rose in Marion County and on Prince Edward Island, and fell in the West South Central states. "
            "The Autumn Statement and the Tallis Report said so, the Chief Justice said.")
    assert people(text) == {}
    # a bank of a county is a bank, and a given name before `Story` is a person's
    assert "Bank of Iron County" in orgs("The Bank of Iron County said profits rose.")
    assert set(people('"We are ready," Ian Story said.')) == {"Ian Story"}
    # a title after an organisation's name is no one's name either
    assert "Opec President" not in people('"Prices will hold," the Opec President said.')


def test_records_theatres_tobacco_and_products_end_organisations_names():
    text = ("Halvard Records, the Marenburg Theatre, Valdor Tobacco and Kestria Products said sales rose. "
            "Osk Aircraft and Christian Aid agreed.")
    assert people(text) == {} and {"Halvard Records", "Marenburg Theatre", "Valdor Tobacco", "Kestria Products",
                                   "Osk Aircraft", "Christian Aid"} <= set(orgs(text))


def test_a_firm_then_the_firm_it_owns_are_two_organisations():
    text = "Halvard Corp's Valdor Refining and Marketing Co said prices rose."
    assert set(orgs(text)) == {"Halvard Corp", "Valdor Refining and Marketing Co"}
    # one name with a possessive inside stays whole
    assert set(orgs("The St. Anne Children's Ferry Fund said so.")) == {"St. Anne Children's Ferry Fund"}


def test_an_undotted_a_after_a_given_name_is_a_middle_initial():
    text = 'Charles A Brandt, vice-president of Valdor Tobacco, said the ruling "changes everything".'
    assert set(people(text)) == {"Charles A Brandt"}
    assert quotes_of(text) == [("changes everything", "Charles A Brandt")]


def test_a_known_firms_names_written_with_a_comma_are_one_firm():
    text = "A facility was arranged, said Kleinwort, Benson Ltd, one of the dealers."
    assert people(text) == {} and set(orgs(text)) == {"Kleinwort Benson Ltd"}


@pytest.mark.parametrize("text, who", [
    # another person one letter off, or described as someone of their own, is no mistyped surname
    ('Valdor striker Ivo Rooney was injured. "We will cope," Mooney said.', "Mooney"),
    ('Ivo Davis spoke first. "It is wrong," said Davies, a Marenburg MP.', "Davies"),
    # an honorific makes a person of a word the lists call no one's name
    ('"I will repay my creditors," Mr Connally said.', "Connally"),
    ('"I agree," Mr Hollander said.', "Hollander"),
    ('Son scored twice. "I am very happy," Son said.', "Son"),
    # `best friend` is no award, `estimates that` a verb, a mononym spoken of as she a person
    ('"She was bullied," her best friend Emmy said.', "Emmy"),
    ('"It will cost more," Hartley said. Hartley estimates that the cost will double.', "Hartley"),
    ('"I will return," RuPaul said, adding that she was ready.', "RuPaul"),
])
def test_people_the_new_single_name_rules_leave_alone(text, who):
    assert who in people(text)
    assert any(speaker == who for _q, speaker in quotes_of(text))


def test_roles_families_and_indices_the_new_rules_leave_alone():
    # a national before a noun is no national person
    assert quotes_of('Jon Dalby met officials. "We have no plans," said the Valdorian government.') == [
        ("We have no plans,", None)]
    # a title's own word before `of` is no one
    assert people('The Lord Provost of Marenburg said the city would mourn.') == {}
    # a family is no band
    assert "Hendersons" not in orgs('The Hendersons said their son was missing. "Bring him home," they said.')
    # a portfolio's holder, unnamed, is no organisation
    assert orgs('"The bridge is safe," said the Public Works Minister.') == {}
    # the Nikkei average is an index
    assert orgs("The Nikkei average rose 2 percent.") == {}
    # a person described after a firm's word stays a person
    text = "Ernst & Young audited the accounts. Young, the committee chairman, said he was satisfied."
    assert "Young" in people(text)


def test_a_person_of_an_organisation_after_its_possessive_stays_a_person():
    text = "Debates are not likely to alter the campaign, noted NBC’s Dante Varga."
    assert set(people(text)) == {"Dante Varga"}


def test_a_firm_named_with_a_ranks_word_is_the_firm_not_a_ranked_person():
    text = ("General Harbour Corp said it lost 3 mln dlrs. General Harbour believes it has strong grounds for an "
            "appeal, a spokesman said.")
    assert people(text) == {}
    [firm] = orgs(text).values()
    assert firm.name == "General Harbour Corp"
    assert [text[s:e] for s, e in firm.mentions] == ["General Harbour Corp", "General Harbour"]
    # a rank before a surname is still a person, beside a firm of the same rank's word
    text = "General Harbour Corp said it lost. General Dalby said he would go."
    assert set(people(text)) == {"Dalby"}


@pytest.mark.parametrize("text, firm", [
    ("Callers must be warned earlier, Phonewatch said. Phonewatch, the premium rate services watchdog, said it "
     "would fine the worst offenders.", "Phonewatch"),
    ("The oil unit was sold to a little-known firm called Tavrina. Tavrina passed into state hands within days.",
     "Tavrina"),
    ('"Traffic doubles every year," said Ferrowave\'s chief technology officer Marc Dalby.', "Ferrowave"),
])
def test_a_one_word_name_called_a_firm_or_given_a_firms_officer_is_the_firm(text, firm):
    assert firm not in people(text)
    assert firm in orgs(text)


def test_a_persons_chief_of_staff_leaves_them_a_person():
    text = '"We will win," said Kellan\'s chief of staff Jon Dalby. Kellan said he agreed.'
    assert "Kellan" in people(text)


@pytest.mark.parametrize("text", [
    'The Harbour Board met. "We will not comment," said a Harbour Board spokesman.',
    'The Harbour Board met. "We will not comment," a Harbour Board spokeswoman said.',
    'The Harbour Board met. "We will not comment," the Harbour Board spokesman said.',
    'The Harbour Board met. "We will not comment," said a spokesman for the Harbour Board.',
    'The Harbour Board met. A Harbour Board statement said: "We will not comment."',
])
def test_an_organisations_unnamed_spokesman_or_statement_speaks_for_it(text):
    assert quotes_of(text)[0][1] == "Harbour Board"


@pytest.mark.parametrize("text", [
    'The Harbour Board met. "We will not comment," said a Harbour Board official.',
    'Mira Osk spoke. "We will not comment," said her spokesman.',
])
def test_an_official_or_a_persons_spokesman_stays_unnamed(text):
    assert quotes_of(text)[0][1] is None


@pytest.mark.parametrize("intro, later, speaker", [
    ("A Halvard Ltd spokesman said the cuts were final.", '"It applies to all staff," the spokesman added.',
     "Halvard Ltd"),
    # past the same spokesman told of again, and in either order of the words
    ("A spokeswoman for Halvard Ltd said the cuts were final.\n\nThe spokeswoman told the Courier the plant "
     "would close.", 'The spokeswoman said, "It applies to all staff."', "Halvard Ltd"),
    # not a person's spokesman, nobody's in particular, or a spokeswoman where this is a spokesman
    ("Arvid Kellan lost the vote. A Kellan spokesman said the cuts were final.",
     '"It applies to all staff," the spokesman added.', None),
    ("A government spokesman said the cuts were final.", '"It applies to all staff," the spokesman added.', None),
    ("A spokeswoman for Halvard Ltd said the cuts were final.", '"It applies to all staff," the spokesman added.',
     None),
    # a spokesman named in apposition is that person
    ("A Halvard Ltd spokesman, Jon Dalby, said the cuts were final.",
     '"It applies to all staff," the spokesman added.', "Jon Dalby"),
])
def test_the_spokesman_is_the_one_brought_in_before_for_his_organisation(intro, later, speaker):
    text = "Jobs went at the Marenburg yard on Monday. " + intro + " Talks go on. " + later
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, speaker", [
    ('Jon Dalby was jailed. "I apologise to all who suffered," Mr Dalby\'s statement said.', "Jon Dalby"),
    ('Halvard Ltd cut jobs. Halvard Ltd\'s statement added: "This applies to all staff."', "Halvard Ltd"),
    ('Halvard Ltd cut jobs. "This applies to all staff," Halvard\'s written statement said.', "Halvard Ltd"),
])
def test_a_statement_is_its_owners_words(text, speaker):
    assert quotes_of(text)[0][1] == speaker
    # where a person's spokesman is someone else
    assert quotes_of('Jon Dalby was jailed. "We will appeal," Dalby\'s spokesman said.')[0][1] is None


@pytest.mark.parametrize("text", [
    'Halvard Ltd cut jobs. Halvard Ltd\'s spokesman said: "This applies to all staff."',
    'Halvard Ltd cut jobs. "This applies to all staff," Halvard Ltd\'s spokeswoman said.',
    'Halvard Ltd cut jobs. "This applies to all staff," said Halvard Ltd\'s spokesman.',
    'Halvard Ltd cut jobs. Halvard Ltd\'s security team said: "This applies to all staff."',
])
def test_an_organisations_own_spokesman_or_team_speaks_for_it(text):
    assert quotes_of(text)[-1][1] == "Halvard Ltd"


@pytest.mark.parametrize("second", [
    'On Monday, Mr Kellan\'s spokesman said: "The minister is staying."',
    '"The minister is staying," Mr Kellan\'s official spokesman said.',
    'Mr Kellan\'s son told the Courier: "The minister is staying."',
])
def test_a_persons_spokesman_after_another_speaker_is_unnamed_not_the_last_speaker(second):
    # a person's spokesman stays unnamed, and the quote he announces has a speaker of its own: it does not
    # stand alone to inherit the last one's
    text = '"We will win," Jon Dalby said. ' + second
    assert quotes_of(text)[-1][1] is None


@pytest.mark.parametrize("after", [
    " Kellan's also said so.",  # a contraction (`Kellan has also said so`)
    " Kellan's decision to call it off followed.",  # the owner's words hold a small word before the verb
    " Kellan's players made a point of wearing black armbands at the match.",  # a new sentence, past its verb
])
def test_what_a_name_owns_after_a_whole_quote_is_no_attribution_of_its_own(after):
    text = '"We will win," Jon Dalby said. "We want more people to come."' + after
    assert quotes_of(text)[-1][1] == "Jon Dalby"


@pytest.mark.parametrize("text, speaker", [
    # the firm the story calls so, where another firm named later keeps `the firm` from being a form of it
    ('Halvard Ltd said on Wednesday its business is booming, despite a scandal that has spread rumours through '
     'Wall Street.\n\n"We are exceedingly profitable," a spokesman for the firm told the Courier.\n\nRumours '
     'about Halvard Ltd and Marenburg Group Inc have swirled.', "Halvard Ltd"),
    ('Halvard Ltd posted its best year. A spokeswoman for the company said: "We are exceedingly '
     'profitable." Rumours about Halvard Ltd and Marenburg Group Inc have swirled.', "Halvard Ltd"),
    # not an organisation the word does not fit (no bank of the story is called a bank), nor the last one named
    ('Jon Dalby froze the accounts at Halvard Ltd on Monday. "We will appeal," a spokesman for the bank said.',
     None),
    # and where the word fits none, the organisation the sentence before is about still speaks
    ('KTV said it had not ruled out a recorder. "A recorder is not what we offer," said a spokesman for '
     'the company.', "KTV"),
])
def test_a_spokesman_for_the_firm_speaks_for_the_firm_the_story_calls_so(text, speaker):
    assert quotes_of(text)[0][1] == speaker


def test_a_he_after_a_spokesman_for_the_bank_is_that_spokesman_not_the_last_person_named():
    text = ('Halvard Bank froze the accounts, Jon Dalby said. Dalby said two men owned them.\n\n'
            'A spokesman for the bank said he was aware of the order. "Now we have to look at the accounts," '
            'he said.')
    assert quotes_of(text)[-1][1] != "Jon Dalby"


def test_a_bodys_two_word_orders_in_one_story_are_one_organisation():
    text = ('A Ministry of Ferries spokesman said the ports had begun barring the boats. The Ferries Ministry '
            'declined to confirm this. "We cannot say how many," the ministry spokesman said.')
    found = extract(text)
    [org] = found.organisations
    assert org.name == "Ministry of Ferries" and "Ferries Ministry" in org.aliases
    assert len(org.mentions) == 3  # and `the ministry` is it, no longer either of two
    assert found.quotes[0].speaker == "Ministry of Ferries"
    # a form of fewer words after a country's is that country's, where the story has one such
    [org] = extract("The Valdorian Ferries Ministry said fares rose. The Ministry of Ferries gave no figures.").organisations
    assert org.name == "Valdorian Ferries Ministry" and "Ministry of Ferries" in org.aliases
    assert len(extract("The Valdorian Ferries Ministry and the Marenburg Ferries Ministry met. The Ministry of "
                       "Ferries gave no figures.").organisations) == 3
    # not a bank or a court, nor words after `of` written small
    assert len(extract("The Bank of Valdoria met the Valdoria Bank.").organisations) == 2


@pytest.mark.parametrize("sentence", [
    "But a spokesman for Halvard Ltd said the plan was sound.",  # `a`, small after `But`
    "A spokesman for Halvard Ltd defended the plan.",  # a verb of no speech
    "The Halvard Ltd spokesman would not discuss the plan.",
    # a body's name of five words before its spokesman
    "A Department for Ferries and Harbours spokesman confirmed the plan.",
])
def test_a_he_after_a_sentence_an_organisations_spokesman_opens_is_its_spokesman(sentence):
    text = 'Jon Dalby attacked the plan. "It will fail," he said. ' + sentence + ' He said: "It will work."'
    body = "Department for Ferries and Harbours" if "Department" in sentence else "Halvard Ltd"
    assert quotes_of(text)[-1][1] == body


@pytest.mark.parametrize("after, speaker", [
    ("AP quoted prosecutor Jon Dalby as saying.", "Jon Dalby"),
    ("the AP quoted Jon Dalby as saying.", "Jon Dalby"),
    ("AP quoted a source close to Jon Dalby as saying.", None),
])
def test_the_one_an_agency_we_do_not_know_quotes_after_the_quote_speaks(after, speaker):
    text = 'Mira Osk amassed a fortune, prosecutors said. "She has been ripping people off," ' + after
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text", [
    '"We must make every effort," Halvard Ltd (HL) deputy director general Jon Dalby told reporters.',
    '"We must make every effort," said Marenburg Securities (Asia) Ltd analyst Jon Dalby.',
    'Halvard Ltd (HL) chairman Jon Dalby said: "We must make every effort."',
])
def test_the_person_a_firm_qualifies_speaks_past_a_bracket_in_the_firms_name(text):
    assert quotes_of(text)[0][1] == "Jon Dalby"


def test_a_dj_is_a_role_between_a_station_and_its_presenter():
    text = "Capital Radio DJ Margherita Taylor will select the questions."
    assert "Margherita Taylor" in people(text) and list(orgs(text)) == ["Capital Radio"]


def test_a_firms_name_ends_at_a_legal_form_that_ends_names_and_the_place_after_is_where_it_is():
    text = ("Halvard AG of West Valdoria said it bought Dalby Textiles Ltd of Marenburg. Osk Aluminum Co of "
            "Valdoria agreed.")
    assert sorted(orgs(text)) == ["Dalby Textiles Ltd", "Halvard AG", "Osk Aluminum Co of Valdoria"]
    # the run ends there too, so that a name with `and` before the form stays whole
    text = "Quixote Corp said Dainippon Ink and Chemicals Inc of Japan will buy shares."
    assert "Dainippon Ink and Chemicals Inc" in orgs(text) and not people(text)
    # and the place, a town the lists do not know, is nobody; what the place owns is still a firm
    assert not people("Technimed Corp said Garid Inc of Eden Praries, Minn., has cancelled its order.")
    text = "Halvard Motor Co Ltd of Valdoria's American Halvard Motor Co Inc unit said sales rose."
    assert "American Halvard Motor Co Inc" in orgs(text)


def test_the_words_before_a_firms_and_used_after_its_full_name_are_that_firm():
    text = "Marenburg Power and Light Co will redeem its shares. The redemption, Marenburg Power said, cuts costs."
    assert list(orgs(text)) == ["Marenburg Power and Light Co"]
    assert "Marenburg Power" in orgs(text)["Marenburg Power and Light Co"].aliases


@pytest.mark.parametrize("text, apart", [
    # a run of two firms, the second named alone elsewhere
    ("The venture is owned by Halvard Group and Dalbyvision Inc. It is owned 54 pct by Halvard Group and 26 pct "
     "by Dalbyvision and 20 pct by Osk Ltd.", "Halvard Group"),
    # another firm of the story opens with the words too
    ("Kestrel Energy and Light Corp owns 40 pct of the field. Kestrel Energy said its Kestrel Energy Production "
     "Co unit would drill.", "Kestrel Energy"),
    # the words come before the full name
    ("Marenburg Power said it will redeem shares. Marenburg Power and Light Co made the offer.", "Marenburg Power"),
])
def test_the_words_before_an_and_stay_apart_where_they_may_be_another_firm(text, apart):
    assert apart in orgs(text)


def test_letters_after_symbol_are_a_ticker_not_an_organisation():
    text = 'Osk Industries Inc said its stock now trades on the exchange under the symbol "TDM" and its units as TDMU.'
    assert "TDM" not in orgs(text) and "Osk Industries Inc" in orgs(text)


@pytest.mark.parametrize("text, firm", [
    ("The car depreciates slower than the Halvard Motors C180 SE.", "Halvard Motors"),
    ("The order was for Valdoria Air for CF6-50 engines.", "Valdoria Air"),
    ("The agency cut Halvard Bank of Marenburg's Baa-1 rating.", "Halvard Bank of Marenburg"),
])
def test_a_models_code_after_a_makers_name_is_no_part_of_it(text, firm):
    assert list(orgs(text)) == [firm]


@pytest.mark.parametrize("text, papers", [
    ("The Marenburg Times reported the sale. According to the Times, the deal was done.", ["Marenburg Times"]),
    ("He told the official Times of Valdoria. The Times said the deal was done.", ["Times of Valdoria"]),
    # not the Sunday or the Financial Times, other papers; nor one of two
    ("The Sunday Times reported the sale. According to the Times, the deal was done.", ["Sunday Times", "Times"]),
    ("The Financial Times reported the sale. According to the Times, the deal was done.",
     ["Financial Times", "Times"]),
    ("The Marenburg Times and the Valdoria Times reported it. The Times said so.",
     ["Marenburg Times", "Times", "Valdoria Times"]),
])
def test_a_papers_last_word_alone_is_the_one_paper_of_the_story_so_named(text, papers):
    assert sorted(orgs(text)) == papers


@pytest.mark.parametrize("sentence, speaker", [
    # a spokesman who did not speak, and one whose sentence names the man the `he` is
    ("A spokesman for Halvard Ltd could not be reached.", "Jon Dalby"),
    ("A spokesman for Halvard Ltd introduced Mira Osk's deputy Tom Reyes as chief executive.", "Tom Reyes"),
])
def test_a_he_after_a_spokesmans_sentence_of_no_speech_is_not_always_the_spokesman(sentence, speaker):
    text = 'Jon Dalby, a union leader, was furious about the cuts. ' + sentence + ' He said: "This is a betrayal."'
    assert quotes_of(text)[-1][1] == speaker


def test_a_pronouns_s_is_no_owner_of_a_speaker():
    text = '"We will win," Jon Dalby said on Monday. He\'s repeatedly told voters: "We are ahead."'
    assert quotes_of(text)[-1][1] == "Jon Dalby"
    # where a name's aide after the verb speaks, unnamed
    assert quotes_of('"We will win," Jon Dalby said. "We are ahead," said Mira Osk\'s aide.')[-1][1] is None


def test_the_organisation_rules_of_v36_leave_these_alone():
    # a paper's word alone before the paper, or not after `the`, is not it
    assert "Times" in orgs("The Times reported the sale. The Marenburg Times said the deal was not done.")
    assert "Times" in orgs("The Marenburg Times reported it. Times editor Jon Dalby said so.")
    # a place after a firm's `of`, then `and` another firm
    assert sorted(orgs("Halvard AG of West Valdoria and Osk Corp said they would merge.")) == ["Halvard AG", "Osk Corp"]
    # and where the legal form follows `of the`, its place goes too
    assert list(orgs("Halvard House Ltd of the U.K. bid for the firm.")) == ["Halvard House Ltd"]
    # a model's code inside a firm's name
    assert "Halvard Telecom D2 GmbH" in orgs("Osk said it took a stake in Halvard Telecom D2 GmbH on Monday.")
    # an owner's 's after a rating's code is no part of the name, nor of its mention
    text = "The agency cut Halvard Bank of Marenburg's Baa-1 rating."
    [bank] = extract(text).organisations
    assert bank.aliases == [] and [text[s:e] for s, e in bank.mentions] == ["Halvard Bank of Marenburg"]
    # a ministry's shorter word order after a country's other ministry is not that one
    assert len(orgs("The Ministry of Ferries in Marenburg said so. In Valdor, the Valdorian Ferries Ministry said "
                    "no.")) == 2
    # the words before `and` of a name that ends in no legal form
    assert len(orgs("Halvard Power and Light will redeem its shares. The redemption, Halvard Power said, cuts "
                    "costs.")) == 2


def test_a_bodys_word_order_key_reorders_only_capitalised_words_after_of():
    from search_index.extraction.body_names import word_order_key

    assert word_order_key("Valdorian Ministry of the Ferries".split()) == ("Valdorian", "Ferries", "Ministry")
    assert word_order_key("Department of Health and Harbours".split()) == ("Health", "and", "Harbours", "Department")
    for name in ("Ministry of the Interior of Valdoria", "Department of state schools", "Bank of Valdoria"):
        assert word_order_key(name.split()) == tuple(name.split())


def test_a_word_after_and_written_in_another_name_is_not_named_apart():
    # `Loan` of `Federal Home Loan Bank Board` is no name alone: `Home Savings` is still the association's
    text = ("Home Savings and Loan Association said it was acquired. The Federal Home Loan Bank Board approved it, "
            "Home Savings said.")
    assert "Home Savings" not in orgs(text)


def test_a_name_after_a_preposition_in_the_words_after_a_verb_is_spoken_of():
    # `explain his stance on Halvard Ltd`: the firm is what the stance is on, no speaker of the words woven in
    text = ('Mira Osk said she would like Kellan to further explain his stance on Halvard Ltd but backs him because '
            'there is "no question" he is "the most pro-ferry of the two."')
    assert "Halvard Ltd" not in [s for _, s in quotes_of(text)]
    # but after a participle the name is the one it names (`which was attributed to Dalby`)
    text = ('Harbour spokesman Jon Dalby drafted the statement, which Halvard Ltd published.\n\n'
            '"The ferries will run," read the statement, which was attributed to Dalby.')
    assert quotes_of(text)[-1][1] == "Jon Dalby"


def test_a_person_of_a_firm_named_for_two_speaks():
    # `Carol Bell of Phillips and Drew told Reuters`: the firm's name joins two with `and`
    text = 'Stocks rose. "I think we will get a positive day," Jon Brown of Halvard and Osk said.'
    assert quotes_of(text)[0][1] == "Jon Brown"
    # one last word after `and`: `of Marenburg and Arvid Kellan said` is two people, the one nearest the verb speaks
    assert quotes_of('"The port will close," Jon Dalby of Marenburg and Arvid Kellan said.')[0][1] == "Arvid Kellan"


@pytest.mark.parametrize("text, speaker", [
    ('Lord Dalby - a senior harbour judge - said the rules allowed detentions "in a way that discriminates".',
     "Dalby"),
    ('"We used to see hustlers do this," Jon Dalby - then adviser to President Kellan - told a press conference.',
     "Jon Dalby"),
    ('Jon Dalby — who chairs the ferry committee — said Whitehall was "acting against the spirit of the Act".',
     "Jon Dalby"),
    ('Lord Dalby - a well-known harbour judge - said the rules allowed detentions "in a way that discriminates".',
     "Dalby"),  # (a hyphen inside the aside)
])
def test_a_name_with_an_aside_set_off_by_dashes_speaks(text, speaker):
    assert quotes_of(text)[0][1] == speaker


def test_a_description_naming_an_organisation_is_that_one_not_the_one_named_last():
    text = ("The Harbour Democrats met on Monday. The party's platform defends Halvard Ltd, the ferry firm.\n\n"
            "In a press release, the Democrat convention committee said about Halvard Ltd's ferry business:\n\n"
            "\"The platform goes further than any before it.\"")
    assert quotes_of(text)[-1][1] == "Harbour Democrats"


def test_a_surname_that_is_an_organisations_word_speaks_after_the_full_name():
    text = 'Physio Mike Banks was hopeful. "The fractures are tiny," Banks told the club website.'
    assert set(people(text)) == {"Mike Banks"} and orgs(text) == {}
    assert quotes_of(text) == [("The fractures are tiny,", "Mike Banks")]
    text = 'Songwriter Lisa Power was there. "We are glad," Power said.'
    assert quotes_of(text) == [("We are glad,", "Lisa Power")]
    # without a speech verb the plural stays a common word
    [banks] = people("Mike Banks left early. Banks cut rates on Monday.").values()
    assert banks.mentions == [(0, 10)]


def test_a_quote_after_a_sentence_of_reported_speech_is_its_subjects():
    text = ('Mira Osk left the party. A Harbour Board spokesman said: "She took her seat."\n\n'
            'She quit the board last week. She said on Friday she hoped to lead the party by May. '
            '"I think that is time enough."')
    assert quotes_of(text) == [("She took her seat.", "Harbour Board"), ("I think that is time enough.", "Mira Osk")]
    # the subject heads the sentence: someone said of in passing is not it
    text = ('Mira Osk left the party. A Harbour Board spokesman said: "She took her seat."\n\n'
            'In the town where Mira Osk grew up, people said she hoped to lead. "I think that is time enough."')
    assert quotes_of(text)[1][1] != "Mira Osk"


@pytest.mark.parametrize("text", [
    'Arvid Kellan wrote the books. His agent told the Courier that Kellan was happy. "Of course we want money."',
    'Arvid Kellan wrote the books. "I am never satisfied," he once said.\n\n"He had a fine life," said his wife, Ida.',
    'Arvid Kellan wrote the books. "I am never satisfied," he once said.\n\n"He had a fine life," his brother said.',
])
def test_someone_of_his_whom_the_story_does_not_name_is_not_he(text):
    assert quotes_of(text)[-1][1] is None


def test_the_one_the_story_introduced_by_that_word_is_still_the_speaker():
    text = ('Mr Nogar died in 1994. "We had the tapes for years," Mr Nogar\'s son Stephen, 57, said.\n\n'
            '"He called them his spare tapes," his son said.')
    assert [speaker for _text, speaker in quotes_of(text)] == ["Stephen", "Stephen"]


@pytest.mark.parametrize("text", [
    'Mira Osk said talks would go on. "Talking is better," the companies said in a joint statement.',
    'Mira Osk spoke.\n\n"We will talk," Osk said.\n\n"Talking is better," the two firms said.',
    '"We will talk," Osk said. "Out!" the crowd yelled.',
])
def test_a_quote_attributed_to_a_description_we_do_not_know_is_nobody_named(text):
    assert quotes_of(text)[-1][1] is None


def test_a_plaintiffs_suit_goes_on_with_the_plaintiffs_words():
    text = ('Mira Osk sued the Harbour Board on Monday.\n\n"The board fired me," Osk said.\n\n'
            '"It punished only me," the suit says.')
    assert quotes_of(text)[-1][1] == "Mira Osk"


@pytest.mark.parametrize("text", [
    "The talks went on. Sticking points to membership have included limits on foreign banks.",
    'Prices rose. "Dismal reports from the retail trade are worrying," he said.',
    "Final appeals are being made for the council not to act.",
    "The plan is out. Main points of the plan: a ban on smoking.",
])
def test_a_word_opening_a_sentence_before_a_plural_noun_that_is_also_a_speech_verb_is_no_person(text):
    """`points`, `appeals`, `reports` are nouns here (what follows is no object of a verb): `are` once passed for
    one, since `a` matched its first letter."""
    assert people(text) == {}


def test_the_same_forms_as_verbs_still_make_their_speaker_a_person():
    assert set(people("Sales fell. Hartley points out that the harbour lost money.")) == {"Hartley"}
    assert set(people("Sales fell. Hartley estimates the damage at $5 million.")) == {"Hartley"}


@pytest.mark.parametrize("text", [
    "The bid was rejected. Speculation suggests that Ferrowave will come back.",
    "Partnership said the fund would close.",
])
def test_an_abstract_noun_is_no_person(text):
    assert people(text) == {}


def test_an_abstract_looking_firm_the_story_calls_it_stays_an_organisation():
    text = 'Ravision said its copy guard was ready. "It works," Ravision said.'
    assert "Ravision" in orgs(text) and people(text) == {}


@pytest.mark.parametrize("text", [
    "Velmora said the offer was too low, said Velmora chairman Brian Tessel.",
    "Velmora said the offer was too low. Velmora's board has told Harvik that it will not sell.",
])
def test_a_one_word_name_with_a_firms_chairman_or_board_is_the_firm(text):
    assert "Velmora" not in people(text)
    assert "Velmora" in orgs(text)


@pytest.mark.parametrize("text, place", [
    ("Andrew in Derby complains that raising the pay is blatant electioneering.", "Derby"),
    ("The hunt met in Badminton, Gloucestershire said the paper.", "Gloucestershire"),
    ("Other players at the club are Ernest Talu and DR Congo's Etienne Lokwa.", "Congo"),
])
def test_a_british_county_or_town_or_a_country_after_capital_letters_is_no_person(text, place):
    """`DR` is no `Dr` in mixed-case text."""
    assert place not in people(text)


def test_a_title_written_in_capitals_after_a_place_is_the_persons_role_not_an_organisation():
    text = ('Home Office minister Hazel Dunmore spoke first.\n\n"The threat is real," the Leeds MP told the '
            'committee.')
    assert "MP" not in orgs(text)
    assert quotes_of(text)[0][1] == "Hazel Dunmore"


def test_a_speech_verbs_form_used_as_a_names_noun_does_not_make_the_name_speak():
    """`the Harbour Board appeal was "expected"`: the firm that said so speaks, not the board its appeal is of;
    a report still speaks for the name before it."""
    text = 'The Harbour Board will go to court. Ferrowave Corp said the Harbour Board appeal was "expected".'
    assert quotes_of(text) == [("expected", "Ferrowave Corp")]
    text = 'The Harbour Board met. "We found no fault," the Harbour Board report said.'
    assert quotes_of(text)[0][1] == "Harbour Board"


@pytest.mark.parametrize("text, speaker", [
    # the unnamed spokesman of a person: nobody named (it was Lord Dalby, named two sentences before)
    ("Lord Dalby said Mr Kellan bypassed the cabinet. The prime minister's official spokesman said the cabinet "
     'was still used. But he added: "You cannot take every decision in cabinet."', None),
    # an organisation's: the organisation
    ("Lord Dalby said the ferries were late. The Harbour Board spokesman said the timetable was under review. "
     '"We expect to publish it next week," he said.', "Harbour Board"),
    # a spokesman the story names speaks for himself
    ("Lord Dalby said Mr Kellan bypassed the cabinet. The spokesman, Jon Osk, said the cabinet was still used. "
     'But he added: "You cannot take every decision in cabinet."', "Jon Osk"),
    # a party's spokesman is a politician the story has named
    ("Shadow minister Jon Osk criticised the plan. The Tory spokesman also attacked its cost. "
     '"Who are they trying to kid?" he said.', "Jon Osk"),
    # past a sentence that the same he opens, the spokesman is not the he: the one he spoke for is
    ("Harbour chairman Jon Osk would buy the ferries, a spokesman said.\n\nThe spokesman said: \"He is still "
     'interested."\n\nHe was quoted by a magazine as saying so.\n\n"Ten times earnings is the top," he said.',
     "Jon Osk"),
])
def test_a_he_after_a_sentence_opened_by_an_unnamed_spokesman_is_the_spokesman(text, speaker):
    assert quotes_of(text)[-1] == (quotes_of(text)[-1][0], speaker)


@pytest.mark.parametrize("text, name", [
    ('Film-maker Tavo Lenk said he was proud. "It is a fine day," Lenk said.', "Tavo Lenk"),
    ('Man-of-the-match Osk scored twice. "We were lucky," Osk said.', "Osk"),
    ('"The rate will rise," said Pei-yuan Chia, a banker.', "Pei-yuan Chia"),  # a given name, mid-sentence
    ('Jean-Pierre Dalby said "no".', "Jean-Pierre Dalby"),
])
def test_a_hyphenated_description_opening_a_sentence_is_not_part_of_the_name(text, name):
    assert set(people(text)) == {name}
    assert quotes_of(text)[-1][1] == name


@pytest.mark.parametrize("text, speaker", [
    ('The Courier quoted Jon Osk as saying: "We will win."', "Jon Osk"),
    ('The Courier quoted Finance Minister Jon Osk, who was in Marenburg, as saying, "We will win."', "Jon Osk"),
    ('The paper quoted Osk as saying the plan was "dead on arrival".', "Osk"),
    # someone unnamed, close to a named one, is not the named one
    ('Jon Osk spoke last week. The Courier quoted a source close to Osk as saying: "He will resign."', None),
])
def test_a_paper_quoting_someone_as_saying_gives_the_quote_to_the_one_quoted(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


@pytest.mark.parametrize("text, tax", [
    ("Workers will pay more National Insurance from April, the Treasury said.", "National Insurance"),
    ("The Petroleum Revenue Tax (PRT) will fall, the Treasury said. PRT was cut in 1983.", "Petroleum Revenue Tax"),
    ("The Corporation Tax rate will fall, the Treasury said.", "Corporation Tax"),
])
def test_a_tax_or_a_benefit_and_its_acronym_are_no_organisations(text, tax):
    names = set(orgs(text))
    assert tax not in names and "PRT" not in names and "Treasury" in names


def test_a_department_ending_in_social_security_is_still_an_organisation():
    text = "The Department of Health and Social Security said the rules would change."
    assert "Department of Health and Social Security" in orgs(text)


def test_a_knight_or_a_dame_called_by_the_given_name_is_the_one_named_in_full():
    text = ('Harbour Council director-general Sir Tomas Brandt said stability mattered. Sir Tomas added: "I do not '
            'think he will." Dame Lena Osk agreed. "He will not," Dame Lena said.')
    assert set(people(text)) == {"Tomas Brandt", "Lena Osk"}
    assert [speaker for _text, speaker in quotes_of(text)] == ["Tomas Brandt", "Lena Osk"]
    # two knights of one given name: neither is guessed
    text = 'Sir Tomas Brandt and Sir Tomas Dalby met. "No," Sir Tomas said.'
    assert quotes_of(text)[0][1] != "Tomas Brandt" and quotes_of(text)[0][1] != "Tomas Dalby"


@pytest.mark.parametrize("text, names", [
    ("Showers continued throughout the week in the cocoa zone.", set()),
    ("The plant is ready. Testing begins at the end of March.", set()),
    ('It was late. Kellan continued: "We will stay."', {"Kellan"}),
    ('Osk began, "We are here."', {"Osk"}),
    ("Tomas Varek continues as chairman of the harbour board.", {"Tomas Varek"}),
])
def test_continue_and_begin_after_one_word_opening_a_sentence_are_speech_only_before_what_is_said(text, names):
    assert set(people(text)) == names


def test_a_works_title_in_title_case_is_no_person_and_a_name_before_one_is_cut_from_it():
    text = ('The 28-year-old host who also presents Stars In Their Eyes said she was leaving. "I have had a great '
            'few years," she said.')
    assert "Stars In Their Eyes" not in people(text)
    assert quotes_of(text)[0][1] is None
    text = "Harbour director Tomas Varek The Ferry Men said the film was finished. Varek said it cost little."
    found = people(text)
    assert "Tomas Varek" in found and not any(" The" in name for name in found)
    for start, end in found["Tomas Varek"].mentions:
        assert text[start:end] in ("Tomas Varek", "Varek")
    # cut, it is the one the story names plainly elsewhere
    text = "Harbour director Tomas Varek The Ferry Men said it was done. Later Tomas Varek said it cost little."
    assert set(people(text)) == {"Tomas Varek"}
    # a middle initial and a regnal number stay in the name
    assert "Paul A Dalby" in people('"No," said Paul A Dalby.')


@pytest.mark.parametrize("text, speakers", [
    # who comes after a participle is no speaker: the sentence's subject goes on
    ('Mira Osk backs the plan. Jon Dalby of the Harbour Board said the question sounded "very neutral" and '
     '"balanced," adding it would settle the matter.', ["Jon Dalby", "Jon Dalby"]),
    ('Ferrowave Corp said it would oppose the bid "with every means at its disposal," saying the offer was low.',
     ["Ferrowave Corp"]),
    # a word of a name before its own speech verb is no participle
    ('"The talks will fail," ruling party deputy Tomas Varek said.', ["Tomas Varek"]),
])
def test_a_quote_followed_by_a_participle_is_the_sentences_subjects(text, speakers):
    assert [speaker for _text, speaker in quotes_of(text)] == speakers


def test_a_channels_number_is_part_of_its_name():
    text = 'Mr Dalby told Courier Radio 4\'s Today programme: "We will act." He had been on Courier Radio 2 in 1998.'
    r = extract(text)
    found = {o.name: o for o in r.organisations}
    assert "Courier Radio 4" in found and "Courier Radio 2" in found and "Courier Radio" not in found
    for name, org in found.items():
        for start, end in org.mentions:
            assert text[start:end] in {name, *org.aliases}
    assert quotes_of(text) == [("We will act.", "Dalby")]


@pytest.mark.parametrize("text, speaker", [
    ('Lord Dalby spoke first. Guy Varek QC said: "No."', "Guy Varek"),
    ('"The sums do not add up," said Jon Osk MP.', "Jon Osk"),
    ('Jon Osk MP, the harbour minister, said: "The sums do not add up."', "Jon Osk"),
])
def test_letters_after_a_name_are_no_part_of_it_and_leave_it_the_speaker(text, speaker):
    assert quotes_of(text)[0][1] == speaker
    assert not any(name.endswith((" QC", " MP")) for name in people(text))


@pytest.mark.parametrize("body, place, name", [
    # a dateline's city whose country the story names: that country's
    ("Japan's reserves rose to a record, the Finance Ministry said.", "TOKYO", "Japanese Finance Ministry"),
    ("West German exports rose, the Economics Ministry said.", "BONN", "West German Economics Ministry"),
    # another country named, not the dateline's: whose it is, the story does not say
    ("Kuwait's oil output rose, the Oil Ministry said.", "TOKYO", "Oil Ministry"),
    # no country named at all: the dateline's city's
    ("The Finance Ministry plans to ease limits on large bank deposits, officials said.", "TOKYO",
     "Japanese Finance Ministry"),
    # no dateline: the one country the first paragraph names
    ("Japan's reserves rose to a record, the Finance Ministry said.", "", "Japanese Finance Ministry"),
    ("West Germany and Tanzania signed an accord, the Finance Ministry said.", "", "Finance Ministry"),
    ("The family of an Iraqi man killed by UK troops won. The Ministry of Defence said it would appeal.", "",
     "Ministry of Defence"),
    # a city of one country in the first paragraph names it (the invented ones are in the list too)
    ("Kestrel Systems, the Marenburg software company, won the contract, the Finance Ministry said.", "",
     "Valdorian Finance Ministry"),
    # a wire dateline in the text itself
    ("TOKYO, March 3 - Japan's reserves rose, the Finance Ministry said.", "", "Japanese Finance Ministry"),
])
def test_a_state_body_named_alike_in_every_country_is_named_with_its_country(body, place, name):
    from search_index.extraction import extract

    [org] = [o for o in extract(body, place).organisations if "Ministry" in o.name]
    assert org.name == name
    for start, end in org.mentions:  # the mentions stay where the story wrote the name
        assert body[start:end] in {org.name, *org.aliases}


def test_a_countrys_possessive_and_its_adjective_make_one_state_body():
    body = "TOKYO, March 3 - Japan's Finance Ministry said reserves rose. The Finance Ministry added that they fell."
    [org] = extract(body).organisations
    assert org.name == "Japanese Finance Ministry" and len(org.mentions) == 2


def test_a_plural_noun_a_wire_capitalised_after_a_countrys_initials_is_no_organisation():
    text = ('Finance Minister Jon Osk spoke. U.S. Banks hold half the seats on the committee, he said, adding "This '
            'is not fair." The U.S. Congress will vote and U.S. Customs will check.')
    names = set(orgs(text))
    assert "U.S. Banks" not in names and {"U.S. Congress", "U.S. Customs"} <= names
    assert quotes_of(text)[0][1] == "Jon Osk"


def test_a_tables_labels_in_capitals_are_no_organisations():
    text = ("Sterling rates opened.\n\nUS       1.6213/23      YEN     235.10/40\nCAN      2.1190/1220    DKR     "
            "11.1180/1330\nNICKEL   2345 2365   IBM   145 146\n\nThe NRCC said it would meet.")
    names = set(orgs(text))
    assert not {"CAN", "DKR", "YEN", "NICKEL"} & names
    assert {"IBM", "NRCC"} <= names  # a firm the lists know, and a name in a sentence, stay


def test_a_he_looks_back_through_a_bounded_number_of_sentences(monkeypatch):
    """A paragraph of `"Yes," he said.` over and over: every `he` read back through hundreds of sentences (4,000
    took 10 s); it now reads 60 at most at each step back, the same answers on real news."""
    from search_index.extraction import attribution

    asked = []

    class Counting:
        def __init__(self, pattern):
            self.pattern = pattern

        def match(self, *args):
            asked.append(1)
            return self.pattern.match(*args)

    monkeypatch.setattr(attribution, "_OPENS_WITH_PRONOUN",
                        {g: Counting(p) for g, p in attribution._OPENS_WITH_PRONOUN.items()})
    text = " ".join('"Yes," he said.' for _ in range(400))
    assert [speaker for _text, speaker in quotes_of(text)] == [None] * 400
    # each he reads at most 60 sentences at each step back (34,000 sentence looks here, where there were 80,000)
    assert len(asked) <= 400 * 100


def test_a_party_leader_described_so_is_the_one_the_story_titled_so():
    text = ('Tory leader Tomas Brandt spoke to the Courier. Jon Dalby, who runs the Ferry campaign, says Mr Brandt '
            'lacked a "big strategy". The Tory leader brands such criticisms as "absolutely rubbish", arguing that he '
            'has been consistent.')
    assert quotes_of(text)[-1] == ("absolutely rubbish", "Tomas Brandt")


def test_a_scare_quote_in_the_sentence_before_does_not_stop_it_announcing_the_next_quote():
    # (`"real opportunity"` here is a term, a scare quote: the sentence's he still speaks on in the next quote)
    text = ('On Sunday, harbour leader Tomas Brandt repeated his call for a "pause" in considering the plan.\n\n'
            'He told the Courier\'s Breakfast with Dalby programme that Mr Osk had a "real opportunity" on Monday '
            'following the departure of Mr Varek. "If you were running a family, would you wait?"')
    assert quotes_of(text)[-1] == ("If you were running a family, would you wait?", "Tomas Brandt")


def test_a_sentence_headed_by_mr_and_a_name_announces_the_quote_after_it():
    # (the honorific is not part of the mention of him: `Mr Brandt described…` is headed by Brandt all the same;
    # before, the quote went on to Dalby, the last speaker; `"very important"` is a scare quote here)
    text = ('Harbour leader Tomas Brandt spoke on Monday. Jon Dalby told the Courier in an interview last week: '
            '"We are not in trouble at all, whatever the harbour board may think." Mr Brandt described the '
            'intervention of the harbour board as "very important". "This is from someone at the heart of the port."')
    assert quotes_of(text)[-1] == ("This is from someone at the heart of the port.", "Tomas Brandt")


def test_one_word_named_only_as_the_one_told_is_an_outlet_not_a_person():
    text = ('"The harbour will have to lower its costs," Ivo Geijsen, an analyst at Halvard Securities, told '
            'Ferrycast. Tomas Brandt told Kellan he would stay.')
    assert "Ferrycast" not in people(text)
    assert "Ferrycast" in orgs(text)
    assert "Kellan" in people(text)  # told something: a person


def test_a_name_in_the_wire_s_angle_brackets_is_a_company():
    # (Reuters writes a company without a ticker in angle brackets: `Tomas Brandt` would be a person elsewhere)
    text = ('A 29 mln dlr order has been placed by <Tomas Brandt> of Marenburg. The harbour board of '
            '<Kellan, a Valdorian corp>, said the order would stand.')
    assert "Tomas Brandt" in orgs(text) and "Tomas Brandt" not in people(text)
    assert "Kellan" in orgs(text) and "Kellan" not in people(text)


def test_a_bracketed_company_name_is_taken_whole_however_it_is_written():
    # (the wire's brackets hold one firm's name: words no list knows, `and` between two firms' words, small
    # words of a foreign name, brackets inside, an owner's `'s`; an apposition after a comma, a ticker in
    # capitals, and the words of a name written without brackets are none of it)
    text = ('<Ferrado Long Distance> said it has introduced a new service.\n\n'
            'Ferrado said the service links callers to the nearest switching centre. '
            '<Marenburg Entertainment and Land Investment Co Ltd> bought 20 pct of <Banque du Quai et des '
            'Travaux Publics>, and <Halvard Shipping (Asia) Ltd\'s> unit sold a stake to <Osk, a Valdorian '
            'firm>. Texaco Inc <TX> was not a party.')
    found = orgs(text)
    assert {"Ferrado Long Distance", "Marenburg Entertainment and Land Investment Co Ltd",
            "Banque du Quai et des Travaux Publics", "Halvard Shipping (Asia) Ltd", "Osk"} <= set(found)
    assert not {"Land Investment Co Ltd", "Banque du Quai", "Valdorian"} & set(found) and "TX" not in found
    assert "Ferrado" in found["Ferrado Long Distance"].aliases and "Ferrado" not in people(text)


def test_a_word_of_a_bracketed_firm_is_the_firm_though_its_chairman_is_a_he():
    text = ('<Gruppo Ferrado> is studying a share sale, Ferrado chairman Jon Dalby said.\n\n'
            'Dalby told reporters his group would decide soon. Ferrado announced last week it would buy '
            '<Petro Valdoria>.\n\nUnder the deal Petro Valdoria supplies oil to Marenburg.')
    assert not {"Ferrado", "Petro Valdoria"} & set(people(text))
    found = orgs(text)
    assert "Ferrado" in found["Gruppo Ferrado"].aliases and len(found["Petro Valdoria"].mentions) == 2


def test_a_name_after_a_paper_s_or_an_agency_s_noun_is_that_paper_whatever_its_words():
    # (a paper's name of two words looks like a given name and a surname: `El Peruano`, `Le Soir`, `Curtis Brown`)
    text = ('Output fell 3 pct, the official newspaper El Marenburgo said.\n\nThe army daily Quan Valdo Nhan '
            'said soldiers must grow rice. The winner gets a deal with literary agency Tomas Brandt. The '
            'newspaper editor Jon Dalby said so.')
    assert not {"El Marenburgo", "Quan Valdo Nhan", "Tomas Brandt"} & set(people(text))
    assert {"El Marenburgo", "Quan Valdo Nhan", "Tomas Brandt"} <= set(orgs(text))
    assert "Jon Dalby" in people(text)  # (an editor of a paper: the word before him is his role)


def test_two_spaces_before_a_firm_s_legal_form_keep_its_name_whole_and_its_forms_are_spaced_once():
    text = "Ferrado  Inc said it bought Lucht Engineering Inc.\n\nFerrado said the deal was done."
    found = orgs(text)
    assert "Ferrado" not in people(text) and found["Ferrado Inc"].aliases == ["Ferrado"]


def test_the_last_word_of_the_sentence_before_is_no_title():
    # (`service.` ended a sentence; taken for a title, it kept the firm a person)
    text = ('<Ferrado Telecom Services> has a new tariff for the service.  Ferrado said it would cut '
            'rates.')
    assert "Ferrado" not in people(text)
    assert "Ferrado" in orgs(text)["Ferrado Telecom Services"].aliases
    assert people("He met Gen. Osk in Marenburg. Osk said it was late.")["Osk"]


def test_a_surname_with_the_arabic_article_is_also_written_without_it():
    text = ('Commerce Minister Khalid Abdulaziz al-Nadir said the economy would grow.\n\n'
            '"We are overbanked," Nadir said. Nadir told a conference its plans were sound.')
    found = people(text)
    assert set(found) == {"Khalid Abdulaziz al-Nadir"} and "Nadir" in found["Khalid Abdulaziz al-Nadir"].aliases
    assert quotes_of(text)[0][1] == "Khalid Abdulaziz al-Nadir"


def test_names_with_particles_are_whole_and_linked():
    # `da` is no district attorney's `DA`; a name may run past four words by its particles; two particles in a
    # row are part of it; a title before a particle names the surname with its particles
    text = ('President Marta Ines Coelho da Rocha promised more ferries. Foreign Minister Pieter van den Hoek '
            'agreed. Later President da Rocha said so, and Mr van den Hoek added: "We will pay."')
    found = people(text)
    assert found["Marta Ines Coelho da Rocha"].aliases == ["da Rocha"]
    assert found["Pieter van den Hoek"].aliases == ["van den Hoek"]
    assert quotes_of(text)[-1] == ("We will pay.", "Pieter van den Hoek")


def test_a_surname_after_its_particle_links_to_the_full_name_but_not_an_arab_patronymic():
    text = ('The bank is led by Eric de Vallon de Clerc. Vallon said the rates would stay. Its owner, Sheikh Zaid '
            'bin Rashid al-Hamri, met Rashid, a trader.')
    found = people(text)
    assert found["Eric de Vallon de Clerc"].aliases == ["Vallon"]
    assert "Zaid bin Rashid al-Hamri" in found and "Rashid" not in found["Zaid bin Rashid al-Hamri"].aliases


def test_an_adverb_opening_the_next_sentence_does_not_sign_a_quote_standing_alone():
    # (`Overall, asking` had read as someone named `Overall` asking: the quote then lost its speaker)
    text = ('"In any business, excess supply means one thing - cut prices," Jon Dalby said.\n\n'
            '"The proof is that some houses are selling." Overall, asking prices have fallen 3.3% since July.')
    assert quotes_of(text)[-1] == ("The proof is that some houses are selling.", "Jon Dalby")


def test_a_name_after_a_whole_quoted_sentence_that_goes_on_to_say_more_does_not_sign_it():
    # (`"…." Brandt admitted he was…` opens a sentence about Brandt; the quote before stands alone after his
    # last one; `"…." Dalby said.` would still sign it)
    text = ('"We wanted ferries that people know," Tomas Brandt told the Courier.\n\n'
            '"It is not about fashion. We wanted boats that last." Brandt admitted he was cautious about naming '
            'the yards until the contracts were signed.')
    assert quotes_of(text)[-1] == ("It is not about fashion. We wanted boats that last.", "Tomas Brandt")


@pytest.mark.parametrize("text", [
    '"Everything is going digital," Ilse Varga from the Harbour Traders Association, told the Courier.',
    '"Everything is going digital," Ilse Varga, from the Harbour Traders Association (HTA) told the Courier.',
    '"Everything is going digital," Ilse Varga from Halvard Securities said.',
])
def test_where_the_speaker_is_from_stands_between_the_name_and_the_verb(text):
    # (`from` as `of` does, and set off by a comma the writer did not close)
    assert quotes_of(text)[0] == ("Everything is going digital,", "Ilse Varga")


@pytest.mark.parametrize("text, speaker", [
    ('"We want the quays back," said a proud harbour master Jon Dalby.', "Jon Dalby"),
    ('"We want the quays back," said a Tomas Brandt aide.', None),  # someone of Brandt's, unnamed
    ('"Jon said he had a problem with the quays," reads a telephone memo for Tomas Brandt.', None),  # written to him
])
def test_a_description_then_the_name_closing_the_attribution_names_the_speaker(text, speaker):
    assert quotes_of(text)[0][1] == speaker


def test_a_spokesman_for_an_organisation_speaks_for_it_and_so_does_his_he():
    text = ('A spokesman for the Harbour Traders Association said: "It is disappointing not to have more ferries." '
            'He added: "It was extraordinary to have 24 bids."')
    assert [speaker for _text, speaker in quotes_of(text)] == ["Harbour Traders Association"] * 2


def test_a_he_after_a_sentence_whose_subject_describes_someone_named_so_is_that_person():
    # (the sentence before names no one; the last person named is someone else)
    text = ('Harbour leader Tomas Brandt met Jon Dalby on Monday. Dalby said little. The harbour leader was asked '
            'about the ferries.\n\nHe replies: "What is the inference of that?"')
    assert quotes_of(text)[-1] == ("What is the inference of that?", "Tomas Brandt")


@pytest.mark.parametrize("text, speaker", [
    ('"No," said a lawyer representing Tomas Brandt.', None),  # a participle: Brandt is the one represented
    ('"No," said a man who met Tomas Brandt.', None),
])
def test_a_name_after_a_participle_or_a_clause_in_a_description_is_not_the_speaker(text, speaker):
    assert quotes_of(text)[0][1] == speaker


def test_a_given_name_told_at_a_sentence_end_stays_a_person_and_a_bracket_must_close():
    assert "John" not in orgs('"We go," Jon Dalby told John.')
    text = "A contract went to <Tomas Brandt of the harbour. Tomas Brandt said so."
    assert "Tomas Brandt" not in orgs(text)


def test_a_reinsurer_named_with_re_is_an_organisation_that_speaks():
    text = ('Marenburg Re, the world\'s biggest reinsurer, said: "This is primarily a human tragedy." '
            'Halvard Re said its losses were small.')
    assert {"Marenburg Re", "Halvard Re"} <= set(orgs(text))
    assert quotes_of(text)[0][1] == "Marenburg Re"


def test_a_name_inside_a_who_clause_is_not_the_one_the_verb_after_it_is_of():
    # (the description `The Courier editor` was given to no one: the sentence before is read for its subject)
    text = ('However, Mr Dalby, who was forced to apologise last year for an article in the paper he edits about '
            'Marenburgers grieving over the death of the harbour pilot Tomas Brandt, said Mr Kellan "should stay out '
            'of" the row. "I do not see why the minister has to get involved," The Lantern editor told Harbour Radio.')
    assert quotes_of(text)[-1] == ("I do not see why the minister has to get involved,", "Dalby")


def test_the_papers_word_star_names_no_paper_before_a_work_or_a_person_nor_opening_a_sentence_alone():
    text = ('Others include Star Wars actor Jon Dalby. Star Mira Osk had to pull out. Star of the show will be the '
            'Halvard robot. The Marenburg Star and Star Harbour Holdings Inc said so.')
    assert sorted(orgs(text)) == ["Marenburg Star", "Star Harbour Holdings Inc"]
    assert {"Jon Dalby", "Mira Osk"} <= {p.name for p in extract(text).persons}


def test_a_spokesman_for_a_body_we_know_only_by_its_initials_in_brackets_speaks_for_it():
    text = ('A spokesman for the Marenburg Phonographic Industry (MPI) said: "Work is going on across the business." '
            '"It has provided a focus," he said.')
    assert [speaker for _text, speaker in quotes_of(text)] == ["MPI", "MPI"]


def test_a_name_said_he_tells_the_gender_that_no_given_name_told():
    # (`Kestro` is no given name the lists know: his gender comes from `Kestro said he`, so the sentence naming
    # him between is no woman's, and the `She` goes to Mira Osk)
    text = ('Kestro said he was "just coming to grips" with it.\n\n"We lived abroad." At a press conference, Mira Osk '
            'gave details of the stolen items. They included two bands Kestro gave her. She said she wished she had '
            'worn them. "I always take them off."')
    assert quotes_of(text)[-1] == ("I always take them off.", "Mira Osk")


@pytest.mark.parametrize("text, gender", [
    ("Kestro said he would stay. Kestro told reporters that he had no plans.", "m"),
    ("Kestro insisted she would stay.", "f"),
    ("Kestro said he would stay. Later Kestro said she was wrong.", ""),  # the sentences disagree: not told
    ("Kestro said nothing. Friends of Kestro say he would stay.", ""),  # a bare form, and not after the name
])
def test_the_gender_from_reported_speech_needs_every_such_sentence_to_agree(text, gender):
    from search_index.extraction.entities import find_entities
    from search_index.extraction.genders import genders_from_reported_speech
    from search_index.extraction.lexicon import lexicon
    ents = find_entities(text)
    genders_from_reported_speech(text, ents, lexicon().cue_forms)
    assert [(p.name, p.gender) for p in ents.persons] == [("Kestro", gender)]


@pytest.mark.parametrize("text, speaker", [
    # a sentence naming the speaker with a speech verb and quoting words of theirs ends the paragraph: the quote
    # opening the next is theirs
    ('"It is very disappointing," Tomas Brandt said.\n\nMira Osk said the new proposals "lacked any compulsion '
     'at all".\n\n"We would like to see a plan."', "Mira Osk"),
    # not a quote whose comma announces its own attribution
    ('"It is very disappointing," Tomas Brandt said.\n\nMira Osk said she was "back in the race for good".\n\n'
     '"The voters are keener on us than the members," is the view of a harbour official.', None),
    # nor after a sentence whose named subject does not speak (the words are given to her by someone else): the
    # `he` who claimed it speaks on
    ('Tomas Brandt spoke in Marenburg. "It is very disappointing," he said.\n\nMira Osk has failed to tackle '
     'these problems, he claimed, saying she has the "wrong solution" to them.\n\n"The result is big government."',
     "Tomas Brandt"),
])
def test_a_quote_opening_a_paragraph_after_words_quoted_with_a_speech_verb_is_that_speakers(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_a_person_of_a_body_named_after_its_place_is_a_person_and_the_body_an_organisation():
    text = 'Detective Inspector Tomas Brandt of Thames Valley Police said a ladder was used. Jon Dalby of Valdoria agreed.'
    assert {p.name for p in extract(text).persons} == {"Tomas Brandt", "Jon Dalby"}
    assert set(orgs(text)) == {"Thames Valley Police"}


@pytest.mark.parametrize("text, name", [
    ("Harbour Foods said Chapter 11 protection would let it restructure.", "Chapter"),
    ("Young fans voted the animated hit Glimmer 2 best film at the awards on Sunday.", "Glimmer"),
    ("Halvard boss Jon Dalby said Zbox 2 would be part of his vision.", "Zbox"),
    ("Last year, The Lord Of the Rings: The Return Of the King was named best drama.", "Of"),
])
def test_a_word_always_numbered_or_a_small_word_a_title_capitalises_is_no_one(text, name):
    assert name not in {p.name for p in extract(text).persons}


@pytest.mark.parametrize("text, person, alias", [
    ('Xu Jinfeng, an official in Fengbang, spoke. "We lost very little land," official Xu said.', "Xu Jinfeng", "Xu"),
    ("Kim Dae-jung met the press. Kim said the talks went well.", "Kim Dae-jung", "Kim"),
    ("Deng Xiaoping gave no interview. Deng said little.", "Deng Xiaoping", "Deng"),  # no title: `said Deng`
])
def test_a_chinese_or_korean_name_is_called_by_its_family_name_first(text, person, alias):
    [p] = extract(text).persons
    assert (p.name, p.aliases) == (person, [alias])
    if "official Xu said" in text:
        assert quotes_of(text)[0][1] == "Xu Jinfeng"


def test_a_role_given_to_no_one_opening_a_sentence_describes_the_one_the_story_is_about():
    text = ('Novelist Tomas Brandt has died. Brandt wrote eleven books. Brandt moved to Marenburg in 1969. '
            'Hotel, a film of his book, starred Jon Dalby as a pilot. The writer was known for his research. '
            '"I have never been able to write quickly," he once said. Brandt died in his sleep.')
    assert quotes_of(text)[0] == ("I have never been able to write quickly,", "Tomas Brandt")


def test_short_english_given_names_make_a_person():
    text = "The film starred Burt Lancaster as the airport manager and Jon Dalby as a pilot."
    assert {p.name for p in extract(text).persons} == {"Burt Lancaster", "Jon Dalby"}


@pytest.mark.parametrize("text", [
    '"The crop is in good shape," Tomas Brandt, chief meteorologist at Halvard Grain Corp told Reuters.',
    'Tomas Brandt, director of communications for the Harbour Traders Association said: "The storm killed cattle."',
    '"We go," Tomas Brandt, an analyst with Halvard Securities Inc said.',
    # and with where the organisation is after it
    'Tomas Brandt, economist with Halvard Securities Ltd in Marenburg said "The board has beaten a retreat."',
    '"We go," Tomas Brandt, an analyst with Halvard Securities Inc in Marenburg said.',
    # and with the role written as a title
    'Tomas Brandt, Chairman of the Harbour Traders Association (HTA) told the Courier: "The storm killed cattle."',
])
def test_a_person_with_a_role_at_an_organisation_speaks_though_the_appositive_is_left_unclosed(text):
    assert quotes_of(text)[0][1] == "Tomas Brandt"


def test_a_person_with_a_role_at_a_body_we_do_not_find_speaks_though_the_appositive_is_left_unclosed():
    text = 'The site was blocked. Tomas Brandt, a spokesman for the Kellan-Osk campaign said: "It was for security."'
    assert quotes_of(text)[0][1] == "Tomas Brandt"


def test_an_organisation_speaks_past_where_it_is_but_a_person_in_a_place_is_someone_else():
    assert quotes_of('"No plan yet," one official of the Harbour Traders Association in Marenburg said.')[0][1] \
        == "Harbour Traders Association"
    # not a person in a place (`a friend of Jon Dalby in Marenburg said`: someone unnamed), nor an organisation
    # that is an object (`who joined Halvard Ltd in Marenburg`)
    assert quotes_of('Ferries stopped. "No plan yet," a friend of Jon Dalby in Marenburg said.')[0][1] is None
    assert quotes_of('Mira Osk, who joined Halvard Ltd in Marenburg said: "The pay was too low."')[0][1] \
        == "Mira Osk"


@pytest.mark.parametrize("text, speaker", [
    ('According to the Marenburg Courier, chief operating officer Tomas Brandt said that the firm is "kicking the '
     'tyres of all the ferry companies".', "Tomas Brandt"),
    ('Ferries are "big business", the paper quoted Mr Brandt as saying.', "Brandt"),
    ('"We support the freedom of the river," the agency quoted Mira Osk as saying.', "Mira Osk"),
    ('According to the Marenburg Courier, the firm is "kicking the tyres".', "Marenburg Courier"),
])
def test_the_one_a_paper_reports_or_quotes_speaks_not_the_paper(text, speaker):
    assert quotes_of(text)[0][1] == speaker


@pytest.mark.parametrize("text, name, alias", [
    ("Halvard Express Co said profits rose. Halvard Express also said it would buy back shares.",
     "Halvard Express Co", "Halvard Express"),
    ("Marenburg Power and Light Co said so. Marenburg Power and Light shares rose.",
     "Marenburg Power and Light Co", "Marenburg Power and Light"),
    ("Trans Harbour Airlines Inc <THA> said it would sell planes. THA shares rose.", "Trans Harbour Airlines Inc",
     "THA"),
    ("The European Community said it would act. EC ministers met.", "European Community", "EC"),
])
def test_a_firm_without_its_legal_form_or_by_its_ticker_is_the_same_firm(text, name, alias):
    found = orgs(text)
    assert list(found) == [name] and found[name].aliases == [alias]


@pytest.mark.parametrize("text, clubs", [
    ("Manchester United cruised into the quarter-finals. Aston Villa lost.", {"Manchester United", "Aston Villa"}),
    # a town before a player's or a club's role is its club, there and elsewhere in the story
    ("Chelsea beat Liverpool 2-0. Liverpool winger Tomas Brandt is fit.", {"Liverpool"}),
    ("Marenburg had claimed fresh evidence in the cup, said Marenburg boss Jon Dalby.", {"Marenburg"}),
    # a town's boss is no club's outside a story of sport, nor is an acronym's manager; a firm's boss names it
    ("He was sold to Hollywood boss Mira Osk, its new IT manager.", set()),
    ("The inquiry questioned Ferrowave boss Jon Dalby.", {"Ferrowave"}),
    # a nation's side is no club, nor is a word opening a sentence
    ("England captain Jon Dalby said no. Valdoria coach Mira Osk agreed. Former manager Tomas Brandt left.", set()),
])
def test_a_club_is_an_organisation(text, clubs):
    assert set(orgs(text)) == clubs


def test_a_clubs_player_described_speaks_not_the_club():
    text = ('Skipper Jason Dalby believes there is nothing wrong. Sale beat Bath. "There is no lack of confidence '
            'in the team," said the Sale full-back.')
    assert quotes_of(text)[0][1] == "Jason Dalby"


def test_a_player_role_is_no_title_inside_a_firms_name_and_its_boss_is_the_firms():
    assert set(orgs("Nissan and Lancer Boss Group Ltd agreed.")) == {"Nissan", "Lancer Boss Group Ltd"}
    assert not extract("Regulators filed complaints against media giant Halvard Universal, its boss and "
                       "another executive.").persons


def test_a_club_word_alone_is_the_one_organisation_of_the_story_it_opens():
    text = "Halvard Rovers won the league, and Halvard striker Jon Dalby scored twice."
    assert orgs(text)["Halvard Rovers"].aliases == ["Halvard"]


def test_a_speech_verbs_participle_before_a_noun_is_no_speech_verb():
    text = 'But the lawyer Tomas Brandt called the nine-year recommended term "outrageous and unjust" and left.'
    assert quotes_of(text) == [("outrageous and unjust", "Tomas Brandt")]


def test_a_nickname_in_quotes_inside_a_name_leaves_the_name_whole():
    text = '"We will fight this," said John "Bud" Dalby, a lawyer. Dalby left.'
    assert [p.name for p in extract(text).persons] == ["John Dalby"]
    assert quotes_of(text) == [("We will fight this,", "John Dalby")]


def test_a_particle_capitalised_at_a_sentences_head_still_links_to_the_full_name():
    text = 'Harbour chief Cor van der Dalby spoke on Monday. Van der Dalby said: "The port will grow."'
    [p] = extract(text).persons
    assert (p.name, p.aliases) == ("Cor van der Dalby", ["Van der Dalby"])
    assert quotes_of(text)[0][1] == "Cor van der Dalby"


@pytest.mark.parametrize("text, org", [
    ("The Entertainment and Leisure Software Publishers Association said home entertainment sales rose.",
     "Entertainment and Leisure Software Publishers Association"),
    ("The Foreign and Commonwealth Office said foreign trips were cut.", "Foreign and Commonwealth Office"),
])
def test_words_the_story_writes_small_before_and_open_the_one_name(text, org):
    assert list(orgs(text)) == [org]


def test_a_person_and_an_organisation_joined_by_and_stay_apart():
    text = "Amara Tembe and the Harbour Traders Association met in the harbour."
    assert set(orgs(text)) == {"Harbour Traders Association"}


@pytest.mark.parametrize("text, people", [
    ("Harbour Secretary Peter Dalby and Valdorian First Minister Mira Osk met.", {"Peter Dalby", "Mira Osk"}),
    ("Central Bank Governor Jon Brandt and Valdorian Finance Minister Tomas Kellan met.",
     {"Jon Brandt", "Tomas Kellan"}),
])
def test_and_before_a_nationality_and_a_title_joins_two_people(text, people):
    assert {p.name for p in extract(text).persons} == people


def test_an_organisations_spokesman_speaks_for_it_in_words_woven_into_the_sentence():
    text = 'A Harbour Office spokeswoman said the rules prevented "the destruction of important records".'
    assert quotes_of(text) == [("the destruction of important records", "Harbour Office")]


@pytest.mark.parametrize("text", [
    # a connective and an honorific before the name that heads the announcing sentence
    'Tomas Brandt runs the ferries. But Mr Brandt says there are both pros and cons to the project. "It is very '
    'simple to set up."',
    # a long sentence the person heads, an organisation they are of after the name
    'Tomas Brandt from Harbourvision told the BBC programme Go Digital how the non-governmental organisation uses '
    'a combination of satellite radio and handheld computers called slates. "The slates connect to a station."',
])
def test_a_quote_after_a_sentence_its_speaker_heads_is_theirs(text):
    assert quotes_of(text)[-1][1] == "Tomas Brandt"


@pytest.mark.parametrize("text, speaker", [
    # a description ending in `-old` before a speech verb in -ed is the speaker, not an adjective
    ('Anna Varga, 46, lost the final on Sunday. "I will be back," the 46-year-old warned.', "Anna Varga"),
    # a spokesman or an official of an organisation speaks for it; the one asked about does not speak
    ('Asked about Tomas Brandt, a spokesman for Halvard Ltd said: "We do not comment on staff."', "Halvard Ltd"),
    ('Asked about the departure of Tomas Brandt, officials at Halvard Ltd said: "We wish him well."', None),
])
def test_the_new_rules_leave_descriptions_spokesmen_and_the_one_asked_about_alone(text, speaker):
    assert quotes_of(text)[-1][1] == speaker


def test_an_english_given_name_after_lee_or_kim_keeps_the_surname_last():
    text = 'Lee Baker won on Monday. "It is great," Baker said.'
    [p] = extract(text).persons
    assert (p.name, p.aliases) == ("Lee Baker", ["Baker"])
    assert quotes_of(text)[0][1] == "Lee Baker"


def test_star_opening_a_sentence_before_a_players_role_is_no_club():
    assert not orgs("Star striker Tomas Brandt scored twice on Sunday.")


@pytest.mark.parametrize("text, people, clubs", [
    ("Liverpool forward Tomas Brandt is uncertain of his place.", {"Tomas Brandt"}, {"Liverpool"}),
    ("They can play Kestro forward. April 15-day forward Brent crude rose; forward North Sea Brent fell.", set(),
     set()),
])
def test_forward_is_a_players_role_only_between_a_name_and_a_name(text, people, clubs):
    found = extract(text)
    assert {p.name for p in found.persons} == people and {o.name for o in found.organisations} == clubs


def test_rest_assured_opening_a_sentence_is_no_one():
    assert not extract('"We all want Jon to get better. Rest assured we will play," he said.').persons


def test_a_lower_case_role_may_stand_before_the_one_a_paper_quotes_after_the_quote_too():
    text = '"We are mourning a great company," the agency quoted harbour worker Tomas Brandt as saying.'
    assert quotes_of(text)[0][1] == "Tomas Brandt"


def test_the_company_the_story_called_another_before_naming_a_firm_is_not_that_firm():
    # `The company` is Quillfeather's long before the Harbour Watch Group (a group, also `the company`) is named
    lead = ("Quillfeather{} suspended 9,000 accounts on Friday. The company said it had hired more reviewers, and "
            "its shares rose in early trading as investors welcomed the news from its offices in Marenburg.\n\n"
            "The accounts had spread threats, according to a report from the Harbour Watch Group, which tracks "
            "them.\n\n")
    text = lead.format("") + 'Quillfeather said the work was hard. "There is no magic list," the company said.'
    result = extract(text)
    [group] = [o for o in result.organisations if o.name == "Harbour Watch Group"]
    assert "the company" not in group.aliases  # no `the company` mentions linked to the group
    assert [(q.text, q.speaker) for q in result.quotes] == [("There is no magic list,", None)]
    # a firm the story names as one is the company that speaks
    text = lead.format(" Inc") + 'Quillfeather said the work was hard. "There is no magic list," the company said.'
    assert quotes_of(text) == [("There is no magic list,", "Quillfeather Inc")]


def test_a_surname_that_is_a_nationality_is_the_person_before_a_verb_once_the_story_named_them():
    text = ("Billionaire ferry owner Mark Dutch is sizing up the field. The Dutch seemed pleased.\n\n"
            "Dutch seemed to rely on an attack by Senator Lena Osk.\n\n"
            '"If the harbour closes, that is even worse," the investor said.')
    result = extract(text)
    [dutch] = [p for p in result.persons if p.name == "Mark Dutch"]
    assert [text[s:e] for s, e in dutch.mentions] == ["Mark Dutch", "Dutch"]
    assert dutch.mentions[1][0] == text.index("Dutch seemed to rely")
    assert [q.speaker for q in result.quotes] == ["Mark Dutch"]


@pytest.mark.parametrize("said", ['the ferry tycoon told the Courier.', 'he told the Courier.'])
def test_a_he_after_an_opening_clause_that_names_nobody_is_someone_named_before(said):
    # `While the donor did not say…, he did say he found Kellan charming`: Kellan is whom he spoke of
    text = ("Ferry owner Sven Adelberg said on Friday he met candidate Arvid Kellan earlier this week.\n\n"
            "While the donor did not disclose how much he would give, he did say he found Kellan charming.\n\n"
            '"It was very nice," ' + said)
    assert quotes_of(text) == [("It was very nice,", "Sven Adelberg")]


@pytest.mark.parametrize("role", ["TV presenter", "comedian", "rapper", "guitarist", "songwriter", "photographer"])
def test_a_performers_role_before_a_name_the_lists_do_not_know_makes_it_a_person(role):
    text = f"Yesterday {role} Zuzu Vaskar quit the show. Vaskar will host her last show in March."
    assert [(p.name, sorted(p.aliases)) for p in extract(text).persons] == [("Zuzu Vaskar", ["Vaskar"])]


def test_the_one_a_relative_who_stands_for_speaks():
    text = ('Her words were echoed by harbour director Sir Tomas Brandt, who called the work "extraordinarily thought provoking". '
            "Ferry captain Lena Ward, who has described the river as a \"scar\", spoke next.\n\n"
            'Kellan met singers like Mira Osk, who joked of the quay, "I have not seen it yet."')
    assert quotes_of(text) == [("extraordinarily thought provoking", "Tomas Brandt"), ("scar", "Lena Ward"),
                               ("I have not seen it yet.", "Mira Osk")]


@pytest.mark.parametrize("text", [
    '"We will cut costs," the Courier quoted Marenburg Ferry Company chief executive Jon Dalby as saying.',
    'The company statement quoted Marenburg Ferry Company chairman Jon Dalby as saying, "We will cut costs."',
])
def test_the_one_a_paper_quotes_is_the_person_after_the_firm_that_qualifies_them(text):
    assert quotes_of(text) == [("We will cut costs," if text.startswith('"') else "We will cut costs.",
                                "Jon Dalby")]


def test_a_firms_name_ends_at_its_legal_form_before_and():
    text = "The issue was co-managed by Halvard Bank AG and W.I. Dalby Sons and Co, and by Brask Shipping NV and Osk Corp on Monday."
    assert set(orgs(text)) == {"Halvard Bank AG", "W.I. Dalby Sons and Co", "Brask Shipping NV", "Osk Corp"}


def test_a_legal_form_opens_no_name_but_letters_may():
    text = ("Halvard Shipping said it ended talks on buying Marenburg Photo chem Inc of Castelmor. "
            "Brask und Co AG declined to comment. LLC Corp reported a profit.")
    found = set(orgs(text))
    assert not {o for o in found if o.split()[0] in ("Inc", "Co")}
    assert "LLC Corp" in found


@pytest.mark.parametrize("text", [
    '"We have to discuss the debt," Jon Dalby, president of the Marenburg Industries Federation, was quoted as saying.',
    'The federation\'s president, Jon Dalby, was quoted as saying that it was key to act "in those vital hours".',
])
def test_a_name_with_an_appositive_is_quoted_as_saying(text):
    assert [s for _, s in quotes_of(text)] == ["Jon Dalby"]


def test_the_police_or_the_government_is_not_the_organisation_named_last():
    text = ("The Harbour Party have pledged to oppose the bill.\n\n"
            'Jon Osk said the police had said the cards could "help them foil a plot". '
            'The government says the party is "a bit late" to the issue.')
    assert [s for _, s in quotes_of(text)] == [None, None]
    # but a government the story named by that word speaks as `the government`
    text = ('The Valdorian Government met on Monday. The government said the bridge would be "rebuilt by May".')
    assert quotes_of(text) == [("rebuilt by May", "Valdorian Government")]


def test_a_cell_of_a_wires_table_is_no_organisations_initials():
    text = ("CBT SILVER VOLUME/OPEN INTEREST FOR APRIL 2\n\nVOLUME  OPEN-INT  CHANGE Apr  71\n\n"
            "NO 2 BARLEY 209 unch\nLIVE CATTLE    93983    up   1088\n\n"
            "Exports in tonnes: NRCC 5,500 (7,900), Valdoria 5,200 (unavailable).\n\n"
            "STORE   PCT\nTEXACO   33 5/8")
    assert set(orgs(text)) == {"NRCC", "TEXACO"}
    # prose keeps its initials: two spaces after a full stop, two-letter words on the line
    assert set(orgs("Prices rose on Monday.  VHB said it would buy.\n\nVHB 5,500 to 7,900 in 1986")) == {"VHB"}


def test_no_persons_name_has_a_digit():
    text = ("Moody's cut the notes to Baa-3, Osk said. Jon Dalby, head of ISP Freedom2surf said it was clear. "
            "The airline flies Douglas DC-10s, said Lena Ward.")
    assert sorted(p.name for p in extract(text).persons) == ["Jon Dalby", "Lena Ward", "Osk"]


def test_a_place_or_a_prize_named_after_someone_is_no_person_of_the_story():
    text = ("Police battled with fans in the Tomas Brandt stand. The fire at Lena Ward riverside port complex was "
            "put out. She received the Mira Osk award for career achievement, Jon Dalby said.")
    assert [p.name for p in extract(text).persons] == ["Jon Dalby"]
    text = "The Tomas Brandt stand was full. Bottles were thrown at Jon Dalby and hospital staff, Lena Ward said."
    assert [p.name for p in extract(text).persons] == ["Jon Dalby", "Lena Ward"]


def test_a_name_only_ever_before_owner_or_staff_is_an_organisation():
    text = ("It was a strange week for the store, which heard from Jon Dalby, the billionaire Halvo owner. "
            "Harriet House staff were at pains to point out the date, Lena Ward said.")
    result = extract(text)
    assert sorted(p.name for p in result.persons) == ["Jon Dalby", "Lena Ward"]
    assert {"Halvo", "Harriet House"} <= {o.name for o in result.organisations}
    # the story's firm whose name it opens, if there is one
    text = ("Halvo Bank AG said it had no comment. Halvo shares surged to open higher. The reports said Halvo "
            "shareholders may be offered free shares.")
    assert [(o.name, sorted(o.aliases)) for o in extract(text).organisations] == [("Halvo Bank AG", ["Halvo"])]


def test_a_code_with_a_digit_is_no_organisation_but_a_group_of_nations_is():
    text = ("The NRCC will buy six C-17 and two MD-11 planes, rated DP-9, under PL-480. Leaders of the G8 and the "
            "G-7 met; the TF1 channel showed it.")
    assert set(orgs(text)) == {"NRCC", "G8", "G-7", "TF1"}


def test_a_scheme_or_an_index_is_no_organisation_but_its_office_is():
    text = ("The Commodity Credit Corporation switched credits under the Export Credit Guarantee Program, and the "
            "Retail Price Index rose. The Office of Civilian Health and Medical Program paid, and the United Nations "
            "Development Programme helped.")
    assert set(orgs(text)) == {"Commodity Credit Corporation", "Office of Civilian Health and Medical Program",
                               "United Nations Development Programme"}


def test_a_partys_plural_after_the_is_the_party_in_mid_sentence_as_at_a_sentences_head():
    assert set(orgs("Jon Osk voted with the Republicans.")) == {"Republicans"}
    assert set(orgs("The Republicans voted with Jon Osk.")) == {"Republicans"}
    assert set(orgs('The events must not be "swept under the carpet", the Tories have warned.')) == {"Tories"}
    text = '"The outlook is not encouraging," the Democrats said.'
    assert quotes_of(text) == [("The outlook is not encouraging,", "Democrats")]
    # bare, the plural is the party's members, no organisation
    assert orgs("Many Republicans voted with Jon Osk.") == {}


def test_a_name_run_into_a_firms_word_at_its_end_is_a_firm():
    text = "Halvard RentCorp said its profit rose. Colonial BancGroup said so too, said Richard McCourt."
    result = extract(text)
    assert {"Halvard RentCorp", "Colonial BancGroup"} <= {o.name for o in result.organisations}
    assert [p.name for p in result.persons] == ["Richard McCourt"]


def test_a_he_after_a_sentence_about_someone_described_is_not_the_one_named_in_it():
    text = ("Tomas Brandt has added to talk of a move after a radio prank.\n\n"
            "The striker believed he was talking to harbour director Jon Dalby when he made the remarks. "
            '"If I am not sailing for Marenburg I will have to carry on," he added.')
    assert quotes_of(text) == [("If I am not sailing for Marenburg I will have to carry on,", "Tomas Brandt")]
    # one the story brought in unnamed stays unnamed; and a description whose name follows it is that person
    text = ("Jon Dalby was elected in May. A senior harbour official, who declined to be named, said talks would go on."
            '\n\nThe senior official sounded pessimistic about Jon Dalby. "It will not be easy," he said.')
    assert quotes_of(text) == [("It will not be easy,", None)]
    text = ('Jon Dalby was elected. The ferry chief, Lena Ward, praised Jon Dalby. "It will not be easy," she said.')
    assert quotes_of(text) == [("It will not be easy,", "Lena Ward")]


def test_a_surname_after_a_nested_quote_closed_with_the_outer_one_is_the_speaker():
    # `,'"`: the nested quote and the outer one close together; the name after them goes on with the sentence,
    # so an -ing surname is no participle opening a sentence
    text = ("Her friend Liz Yelling was there. "
            "\"She just thought, 'they can't think any worse of me now,'\" Yelling told the Courier.")
    assert quotes_of(text) == [("She just thought, 'they can't think any worse of me now,'", "Liz Yelling")]


def test_a_town_before_its_state_set_off_by_commas_is_no_one():
    text = ("Johnnie Wilson, of Springfield, Va., said he had fought for the nation. "
            '"We made major contributions," he said. Officials in Carson, Calif., said so too.')
    result = extract(text)
    assert [p.name for p in result.persons] == ["Johnnie Wilson"]
    assert quotes_of(text) == [("We made major contributions,", "Johnnie Wilson")]


def test_the_last_words_of_a_longer_name_are_that_person():
    text = ("Burmese leader Aung San Suu Kyi met the envoy. Later Suu Kyi said she was happy. "
            '"Unity also means prosperity," she said. Gabriel Garcia Marquez wrote it; Garcia Marquez said so.')
    result = extract(text)
    assert {p.name: sorted(p.aliases) for p in result.persons} == {
        "Aung San Suu Kyi": ["Suu Kyi"], "Gabriel Garcia Marquez": ["Garcia Marquez"]}
    assert quotes_of(text) == [("Unity also means prosperity,", "Aung San Suu Kyi")]
    # named so with no speech verb beside it, and after a capitalised particle
    text = ('Burmese leader Aung San Suu Kyi met Mr Osk.\n\n"It is the right thing," Mr Osk said. He called it good.'
            "\n\nFor her part, Suu Kyi recently presided over a summit.\n\n"
            '"Unity also means prosperity," she said. Singer Simon Le Bon agreed. "We inspire each other," Le Bon said.')
    assert {p.name: sorted(p.aliases) for p in extract(text).persons} == {
        "Aung San Suu Kyi": ["Suu Kyi"], "Osk": [], "Simon Le Bon": ["Le Bon"]}
    assert quotes_of(text) == [("It is the right thing,", "Osk"), ("Unity also means prosperity,", "Aung San Suu Kyi"),
                               ("We inspire each other,", "Simon Le Bon")]
    # a given name opening the shorter name may make it someone else's
    assert {p.name for p in extract("John Paul Jones sailed. Paul Jones stayed home.").persons} == {
        "John Paul Jones", "Paul Jones"}


def test_a_given_name_that_is_also_a_towns_before_a_surname_is_a_name():
    text = "Victoria Beckham said she was happy. Charlotte Church sang on Victoria Street."
    assert {p.name for p in extract(text).persons} == {"Victoria Beckham", "Charlotte Church"}
    # not before a plural, as a team's or a firm's name ends
    assert extract("Brittany Ferries cancelled sailings. The Charlotte Hornets beat Boston.").persons == []


def test_the_writers_i_is_the_one_the_pieces_last_line_names():
    text = ('Once, when my mother mentioned the storm, I laughed and said, "I do not believe in storms." '
            'To which she said, "Thank God you believe in boats."\n\n"It was fine," I said.\n\n'
            "Lena Osk is playwright-in-residence at Halvard College.")
    assert quotes_of(text) == [("I do not believe in storms.", "Lena Osk"),
                               ("Thank God you believe in boats.", None), ("It was fine,", "Lena Osk")]
    # a news story whose last paragraph opens with someone it has been about is no piece by them
    news = ('Tomas Kellan, the ferry chief, met reporters. I asked him whether the ferries would run, and said, "Will '
            'they run in winter?"\n\n"They will," Kellan said.\n\nKellan is expected to appear before the board.')
    assert quotes_of(news) == [("Will they run in winter?", None), ("They will,", "Tomas Kellan")]
    # a piece that does not end by naming its writer leaves its `I` unnamed
    assert quotes_of(text.rsplit("\n\n", 1)[0]) == [("I do not believe in storms.", None),
                                                     ("Thank God you believe in boats.", None), ("It was fine,", None)]


def test_a_firm_named_with_an_s_speaks_with_said_after_it():
    text = ("Moody's Investors Service Inc cut the debt of Halvard Holdings.\n\n"
            '"These activities elevate the risk," Moody\'s said.')
    assert quotes_of(text) == [("These activities elevate the risk,", "Moody's Investors Service Inc")]
    # an owner before a noun of speech still owns it
    assert quotes_of('Jon Osk spoke. Osk\'s remarks "went too far," the board said.') == [("went too far,", None)]


def test_the_first_words_of_a_firms_name_are_its_short_form():
    text = ('Gulf States Utilities Co said it may seek protection.\n\n"The circumstances increase the likelihood," '
            'Gulf States said. Texaco Canada Inc agreed. "The outlook is positive," Texaco Canada said.')
    result = extract(text)
    assert {o.name: sorted(o.aliases) for o in result.organisations} == {
        "Gulf States Utilities Co": ["Gulf States"], "Texaco Canada Inc": ["Texaco Canada"]}
    assert [s for _q, s in quotes_of(text)] == ["Gulf States Utilities Co", "Texaco Canada Inc"]
    # not a regional arm's first words, which name the firm itself, nor a place's
    text = "Merrill Lynch Canada Inc hired. Merrill Lynch said so. New York Life Insurance Co sued New York."
    assert {o.name for o in extract(text).organisations} == {"Merrill Lynch Canada Inc", "Merrill Lynch",
                                                             "New York Life Insurance Co"}
    assert "New York" not in {a for o in extract(text).organisations for a in o.aliases}
    # nor the name the story gives a firm of its own, beside a longer one
    text = ('American Express said it had sold a unit. American Express Bank Ltd will keep its name. '
            '"We are pleased," American Express said.')
    assert quotes_of(text) == [("We are pleased,", "American Express")]


def test_a_person_an_organisation_qualifies_after_an_inverted_speech_verb_speaks():
    text = ('Future Computing Inc said sales rose.\n\nSaid Future Computing analyst Joe Cross, "That is some '
            'indication of the money left on the table."')
    assert quotes_of(text) == [("That is some indication of the money left on the table.", "Joe Cross")]


def test_a_description_with_a_firms_short_form_names_the_one_given_that_role():
    text = ('K Mart Corp said profits rose. K Mart Chairman Bernard Fauber said it was a turning point.\n\n'
            '"We were forced to pay a temporary price," the K Mart chairman said.')
    assert quotes_of(text) == [("We were forced to pay a temporary price,", "Bernard Fauber")]


def test_a_name_after_its_is_no_one_named_between_two_speech_verbs():
    text = ("Dome Mines Ltd rose. David Annesley of Dome Petroleum spoke.\n\nAnnesley earlier declined to say at what "
            'price the company would sell its Dome Mines shares, but said current prices "are very attractive."')
    assert quotes_of(text) == [("are very attractive.", "David Annesley")]


def test_an_organisations_spokesman_opening_the_sentence_speaks_for_it_after_adding():
    text = ("San Miguel Corp sued Eduardo Cojuangco.\n\nA San Miguel spokesman said he had no comment on "
            'Cojuangco\'s petition, adding: "Any statement from us might be seen as adversarial."')
    assert quotes_of(text) == [("Any statement from us might be seen as adversarial.", "San Miguel Corp")]


def test_a_he_after_a_speech_verb_is_not_a_title_before_the_name_that_follows():
    text = ("Shares of Temple Inland Inc rose. Analyst Mark Rogers was not available. Traders said he raised his "
            'recommendation of Temple Inland to a "buy" on the outlook.')
    assert quotes_of(text) == [("buy", "Mark Rogers")]


def test_a_role_after_the_name_whose_comma_is_left_open_before_the_speech_verb():
    text = ('"We must act at once," Peter Dobrow, a T-Mobile spokesperson said. "Sales rose," Jon Dalby, editor of '
            'Gamesworld.com told the Courier. "Fine," Lena Osk chief executive said.')
    assert quotes_of(text) == [("We must act at once,", "Peter Dobrow"), ("Sales rose,", "Jon Dalby"),
                               ("Fine,", "Lena Osk")]
    # not where the verb goes on with what was said: the sentence is the writer's
    text = '"Sales rose," Jon Dalby, a pilot told the crew that the harbour would stay open all winter long.'
    assert quotes_of(text) == [("Sales rose,", None)]
    # and a name after the role is the one who speaks
    text = 'Jon Dalby spoke on Monday.\n\n"We are confident," Jon Dalby adviser Lena Ward told reporters.'
    assert quotes_of(text) == [("We are confident,", "Lena Ward")]
    # `head of` is a post with no comma too, where `head` alone is no title
    assert quotes_of('"It looks strong," Dr Jon Dalby head of exploration said.') == [("It looks strong,", "Jon Dalby")]
    assert quotes_of('"It looks strong," Jon Dalby head office said.') == [("It looks strong,", None)]


def test_a_name_inside_a_clause_inside_another_clause_is_not_the_speaker():
    text = ("Senator Lena Osk, the Marenburg Republican who heads the Harbour Committee, which oversees the Port "
            'Authority, said the donations "call into question its independence."')
    assert quotes_of(text) == [("call into question its independence.", "Lena Osk")]


def test_a_bodys_own_word_after_the_is_the_body_the_story_named_so():
    text = ('The Bundesbank urged restraint.\n\n"The question remains of how the cuts will be financed," the '
            "Bundesbank said. Some Democrats said so too, and the Democrats agreed.")
    assert quotes_of(text) == [("The question remains of how the cuts will be financed,", "Bundesbank")]


def test_a_document_named_after_its_body_speaks_for_the_body():
    text = ('The Treasury said a ban was needed.\n\n"It is a mistaken reading of the act," the Treasury brief said. '
            'The Harbour Board met. "The quays must stay open," the Harbour Board report said.')
    assert quotes_of(text) == [("It is a mistaken reading of the act,", "Treasury"),
                               ("The quays must stay open,", "Harbour Board")]


def test_a_firms_first_word_before_its_spokesman_is_the_firm():
    text = ('Drexel Burnham Lambert Inc. priced the notes.\n\n"The notes are trading at 100.50," the Drexel '
            'spokesman said.')
    assert quotes_of(text) == [("The notes are trading at 100.50,", "Drexel Burnham Lambert Inc.")]
    # but a person's surname so written is that person's (whose spokesman is unnamed), not a firm's
    text = ('President Jon Carter met the board of Carter Hawley Hale Stores Inc.\n\n"We will not intervene," a '
            'Carter spokesman said.')
    assert quotes_of(text) == [("We will not intervene,", None)]


def test_an_organisations_name_before_a_spokesman_is_the_organisation_even_as_a_modifier():
    text = ('Germany\'s watchdog BaFin told the Courier it had passed on the case. BaFin declined to say more.\n\n'
            '"It is now a criminal investigation," a BaFin spokeswoman said.')
    assert quotes_of(text) == [("It is now a criminal investigation,", "BaFin")]


def test_the_country_or_day_before_a_bodys_distinct_name_is_no_part_of_it():
    text = ("The UK's Office of Fair Trading fined the firm. Tonight's American Petroleum Institute report is due. "
            "Spain's High Court agreed, and Japan's Ministry of International Trade and Industry said so. "
            "The People's Daily reported it.")
    assert set(orgs(text)) == {"Office of Fair Trading", "American Petroleum Institute", "Spain's High Court",
                               "Japan's Ministry of International Trade and Industry", "People's Daily"}
    # as where a run is split at its `'s`: every word of a name every state gives a body keeps its country
    assert set(orgs("Russia's Foreign Intelligence Service met. Britain's Export Credits Guarantee Department paid.")) \
        == {"Russia's Foreign Intelligence Service", "Britain's Export Credits Guarantee Department"}


def test_a_name_met_only_as_where_someones_role_is_is_an_organisation():
    text = ('"It is fine," Mark Rogers, paper analyst for Prudential Bache said. "Good," a spokesman for Dell '
            "said. Relatives of Li Ka-Shing agreed, and Minister of Agriculture Michael Jopling spoke.")
    result = extract(text)
    assert {p.name for p in result.persons} == {"Mark Rogers", "Li Ka-Shing", "Michael Jopling"}
    assert {"Prudential Bache", "Dell"} <= {o.name for o in result.organisations}
    assert "Agriculture" not in {o.name for o in result.organisations}


def test_a_body_named_by_its_field_after_the_is_a_name():
    text = ("Exports fell 3 pct, the Statistics Bureau said. The Bureau blamed the strong currency. Arvid Kellan "
            "spoke to the Republican Jewish Coalition, and the Republican Senate leadership listened.")
    found = orgs(text)
    assert "Statistics Bureau" in found and "Bureau" not in found
    assert len(found["Statistics Bureau"].mentions) == 2  # `The Bureau` is the same body
    assert "Republican Jewish Coalition" in found
    assert "Republican Senate" not in found  # the party's seats in the Senate: no body of that name
    assert not orgs("He was drunk at the Christmas Party.")  # a party in the other sense


def test_a_bodys_fields_listed_with_commas_are_its_name():
    text = ("A spokesman for the Department for Culture, Media and Sport said there were no plans. The Department "
            "said it would act. Prices rose, the Federal Office of Industry, Trade and Labour said. The Ministry of "
            "Defence, Boeing and Airbus signed. The Commission for Energy, Mines and Fisheries Secretary Arvid "
            "Kellan agreed.")
    result = extract(text)
    found = {o.name: o for o in result.organisations}
    assert {"Department for Culture, Media and Sport", "Federal Office of Industry, Trade and Labour",
            "Commission for Energy, Mines and Fisheries", "Ministry of Defence"} <= set(found)
    assert not {"Media and Sport", "Department for Culture", "Department", "Mines and Fisheries"} & set(found)
    s, e = found["Department for Culture, Media and Sport"].mentions[0]
    assert text[s:e] == "Department for Culture, Media and Sport"
    assert len(found["Department for Culture, Media and Sport"].mentions) == 2
    assert [p.name for p in result.persons] == ["Arvid Kellan"]  # the title after the last field is his
    # a word the story also writes small is a field too
    assert set(orgs("The Ministry of Mines, Steel and Coal said steel output fell.")) == {
        "Ministry of Mines, Steel and Coal"}
    # fields are a body's fields, not firms or people listed after it
    for text in ("The suit was filed by the Department of Justice, Qualcomm and Broadcom.",
                 "He thanked the Office of Management, Kellan and Dalby.",
                 "The Ministry of Finance, Treasury and Central Bank met."):
        assert not any("," in o.name for o in extract(text).organisations), text


def test_a_body_named_for_its_aim():
    text = ("The month-old Committee to Protect Harbours is asking members to write letters. The Committee named "
            "Tuesday its day of action. Kellan sold the Centre to Standard Ferries Inc last year.")
    found = orgs(text)
    assert "Committee to Protect Harbours" in found and "Committee" not in found
    assert len(found["Committee to Protect Harbours"].mentions) == 2
    assert not any(n.startswith("Centre to") for n in found)
    # before a given name, someone to free
    result = extract("Kellan asked the Council to Free Nelson Mandela at once.")
    assert "Nelson Mandela" in {p.name for p in result.persons}
    assert not any("Free" in o.name for o in result.organisations)


def test_a_term_after_so_called_is_nobodys_name():
    text = ("Phones can form so-called Personal Area Networks. She faced a fifth so-called Bushtucker Trial. "
            "Creditors met in the so-called Paris Club, and the attack was claimed by the so-called Islamic State.")
    result = extract(text)
    assert not result.persons
    assert {o.name for o in result.organisations} == {"Paris Club", "Islamic State"}
    # a person named after the term is still named
    assert [p.name for p in extract("The so-called Harbour Ripper Peter Dalby died.").persons] == ["Peter Dalby"]


def test_militant_groups_named_like_people_are_organisations():
    result = extract("Officials said Al Qaeda and Islamic State had both claimed the attack. Islamic State said "
                     "it had planned it for months.")
    assert not result.persons
    assert {o.name for o in result.organisations} == {"Al Qaeda", "Islamic State"}


def test_a_bodys_name_without_its_for_clause_is_the_same_body():
    text = ("Chad Vell, a fellow at the Marenburg Institute for International Economics, spoke. Scholars at the "
            "Marenburg Institute modelled a trade war. Kestrel Council President Mira Osk differed from a fellow at "
            "the Kestrel Council on Foreign Relations.")
    found = orgs(text)
    assert "Marenburg Institute" not in found
    assert len(found["Marenburg Institute for International Economics"].mentions) == 2
    # a council's name before `on` is another body (the council of states, not the think tank)
    assert {"Kestrel Council", "Kestrel Council on Foreign Relations"} <= set(found)
    # but a body's word alone is the one body it heads, before `on` too
    found = orgs("The Inter Governmental Group on Kestria met. The Group said aid would rise.")
    assert set(found) == {"Inter Governmental Group on Kestria"}
    assert len(found["Inter Governmental Group on Kestria"].mentions) == 2


def test_a_bodys_word_alone_with_no_fuller_name_is_no_organisation():
    text = ("Freeman, who starred in the comedy The Office, will play Dent. Group Chief Executive Jon Dalby said "
            "profits rose, and the Group said it would pay more. Member states disagreed.")
    result = extract(text)
    assert not result.organisations
    assert "Jon Dalby" in {p.name for p in result.persons} and "Member" not in {p.name for p in result.persons}
    # with a fuller name in the story, the word alone is that body
    assert {o.name: len(o.mentions) for o in extract("The Kestrel Group bought it. The Group said so.").organisations} \
        == {"Kestrel Group": 2}


def test_the_ec_commission_is_the_european_commission():
    text = ("The EC Executive Commission said today the plan was fair. Proposals by the EC's executive Commission "
            "showed their impact. The European Community (EC) Commission approved the aid, and EC Commission "
            "President Jacques Delors said the Commission would act.")
    result = extract(text)
    found = {o.name: o for o in result.organisations}
    assert set(found) == {"European Commission", "European Community"}  # (`EC` is the Community's acronym)
    assert "EC" in found["European Community"].aliases
    assert [text[s:e] for s, e in found["European Commission"].mentions] == [
        "EC Executive Commission", "Commission", "Commission", "EC Commission", "Commission"]
    assert [p.name for p in result.persons] == ["Jacques Delors"]
    # with its `'s` too; a town's `Community Commission` is no EC's
    assert set(orgs("The EC Commission's proposal was rejected, the EC Commission said later.")) == {
        "European Commission"}
    assert set(orgs("Residents asked the Community Commission to reopen the park.")) == {"Community Commission"}
    assert "European Commission" in orgs("Farm prices fell, the Community Commission said, and EC ministers agreed.")
    # and `EC` alone there is the Community, not its Commission
    assert set(orgs("Proposals by the EC's executive Commission hit EC farmers.")) == {"EC", "European Commission"}
    # another body's commission is not it
    assert "European Commission" not in {o.name for o in extract(
        "The Securities and Exchange Commission said so. The Commission agreed.").organisations}


def test_a_bodys_word_after_the_in_mid_sentence_is_the_body_the_story_named():
    text = "The Bank of Marenburg met on Monday. Prices rose, the Bank said, and the Ferry Alliance agreed."
    found = orgs(text)
    assert [text[s:e] for s, e in found["Bank of Marenburg"].mentions] == ["Bank of Marenburg", "Bank"]
    # a party's word is a name of its own, never a back reference (`the Alliance` may be another party)
    assert "Alliance" not in orgs(text + " Voters liked the Alliance.")


def test_a_name_ending_in_a_firms_legal_form_or_a_banks_word_is_a_firm():
    text = ("Harbour Cos said a charge was taken. State oil firm Kestrel Petroli Spa said it bought a stake, and "
            "Marenburg Oy agreed. Westmark Landesbank Girozentrale said it would lend, and Banca Osk di Parma "
            "declined. They met at the Doral Golf Resort and Spa.")
    result = extract(text)
    assert not result.persons
    assert {"Harbour Cos", "Kestrel Petroli Spa", "Marenburg Oy", "Westmark Landesbank Girozentrale",
            "Banca Osk di Parma", "Doral Golf Resort and Spa"} <= {o.name for o in result.organisations}
    assert not orgs("He grew up in Leamington Spa and moved to London.")  # a town's `Spa`


def test_a_bond_issues_lead_manager_is_a_bank():
    text = ("The bond is priced at 100-1/2 pct, lead manager Kestrel Commerciale Dalby said. The notes were "
            "priced by co-lead manager Osk Brothers. Fund manager Jon Dalby said demand was strong.")
    result = extract(text)
    assert {"Kestrel Commerciale Dalby", "Osk Brothers"} <= {o.name for o in result.organisations}
    assert [p.name for p in result.persons] == ["Jon Dalby"]
    # a project's lead manager with a given name is a person
    result = extract('"We are on track," the project\'s lead manager Sarah Dalby said.')
    assert [p.name for p in result.persons] == ["Sarah Dalby"] and not result.organisations


def test_a_measures_name_is_no_ones_even_after_a_rank():
    text = ("Major Market Index futures rose. Grain is available under the Export Enhancement Program announced "
            "in April, it said. Major Jon Dalby said so.")
    assert [p.name for p in extract(text).persons] == ["Jon Dalby"]


def test_lenders_named_like_people_are_organisations():
    result = extract("Sallie Mae said interest on the notes would rise, and Fannie Mae and Freddie Mac agreed.")
    assert not result.persons
    assert {o.name for o in result.organisations} == {"Sallie Mae", "Fannie Mae", "Freddie Mac"}
    # and firms and a paper so named: the analyst of one is the only person
    result = extract('"Bonds are resilient," said Smith Barney Harris Upham analyst Jon Dalby. Forstmann Little '
                     "said it bought Sybron, and Business Day said the terms were fair.")
    assert [p.name for p in result.persons] == ["Jon Dalby"]
    assert {o.name for o in result.organisations} == {"Smith Barney Harris Upham", "Forstmann Little", "Business Day"}


def test_two_names_joined_by_and_are_two_where_one_is_a_name_of_its_own():
    # one side an organisation the story has made already, or the lists know
    # (the other side is what it is on its own: a word unknown alone names nothing yet)
    assert "Deutsche Bank and Gazpromneft" not in orgs("Deutsche Bank said it agreed. Deutsche Bank and Gazpromneft "
                                                       "signed.")
    # but not a surname of the story's people, nor two places
    assert "Clinton" not in orgs("Hillary Clinton spoke. The Republican Party and Clinton were tied.")
    assert set(orgs("Bradford and Bingley said profits rose. Branches in Bingley will close.")) == {
        "Bradford and Bingley"}
    assert "Hamas" in orgs("The talks between Hamas and Kestrel Front ended on Monday.")
    # or words the story writes alone elsewhere, in mid-sentence
    text = "Kestrel Management and OskLawn agreed to talks. Analysts expect a bid from OskLawn soon."
    assert set(orgs(text)) == {"Kestrel Management", "OskLawn"}
    # (a whole word in small letters: after `Big`, the words run on from a capitalised one)
    text = "Harbour Management and OskLawn agreed to talks. Shares of Big OskLawn rose."
    assert "Harbour Management and OskLawn" in orgs(text)
    # one name, though its words are written apart: a body's fields, a firm the story names whole
    text = ("Shares in Marks and Spencer rose, said Spencer. The Department of Trade and Industry said so, as did "
            "the Securities and Exchange Commission. The Department of Trade agreed, as did the Exchange "
            "Commission, and Duff and Phelps said so.")
    assert {"Marks and Spencer", "Department of Trade and Industry", "Securities and Exchange Commission",
            "Duff and Phelps"} <= set(orgs(text))


def test_a_firms_board_speaks_for_the_firm_its_word_names():
    text = ("Kestrel Tool Co said it was talking to Osk International Corp. The Justice Department said it would "
            "block the merger with Osk. The Kestrel board said it would not sign the decree because it was too "
            '"unreasonable."')
    result = extract(text)
    [q] = result.quotes
    assert q.speaker == "Kestrel Tool Co"
    # the firm's word before what it has is a mention of it, for the reader to see
    [firm] = [o for o in result.organisations if o.name == "Kestrel Tool Co"]
    assert [text[s:e] for s, e in firm.mentions] == ["Kestrel Tool Co", "Kestrel"]
    # one member of a board is someone unnamed, not the firm
    assert quotes_of('Kestrel Mining Corp won the bid. "We are sad," said a board member of the rival firm.') == [
        ("We are sad,", None)]


def test_it_opening_the_sentence_that_names_other_firms_is_still_the_firm_before():
    text = ("Osk Aerospace Corp said it would buy Dalby Systems Inc. It said Dalby would keep its name. But it said "
            'there are no plans to merge Harbour Jets and Dalby. Rather, they will operate as "sister companies," '
            "it said.")
    [q] = extract(text).quotes
    assert q.speaker == "Osk Aerospace Corp"
    # a dummy `It` is no firm's: the firm named there is the one that speaks
    text = ('Kestrel Corp lost the contract on Monday. It was Dalby Inc that won the bid in the end. "We are proud '
            'of the team," it said.')
    assert [q.speaker for q in extract(text).quotes] == ["Dalby Inc"]
    # an `it` doing something else is the firm's too
    text = 'Kestrel Corp reported higher profits. It plans to buy Osk Inc and Dalby Ltd. "We are confident," it said.'
    assert [q.speaker for q in extract(text).quotes] == ["Kestrel Corp"]


def test_a_firms_first_words_are_the_firm_whose_name_adds_only_its_legal_form():
    text = ("Kestrel Harbour Corp said its unit Kestrel Harbour National Bank of Marenburg lost money. Kestrel "
            'Harbour also cited "a growing realization that repayment programs will be renegotiated."')
    result = extract(text)
    [q] = result.quotes
    assert q.speaker == "Kestrel Harbour Corp"
    # three firms that open so leave the words to none of them
    text = ("Kestrel Harbour National Bank, Kestrel Harbour Inc and Kestrel Harbour Corp met. Kestrel Harbour "
            'also cited "a growing realization that repayment programs will be renegotiated."')
    assert [q.speaker for q in extract(text).quotes] == [None]


def test_a_film_named_as_one_once_is_no_organisation():
    text = ("Political thriller Hotel Marenburg was given a standing ovation. Hotel Marenburg is about the flood. "
            "The UK premiere of Polar Kestrel drew crowds. Kestrel Rivers Trust director Jon Dalby and Harbour City "
            "star Mira Osk came; the strike hit Osk Ferries Ltd on Monday. The drama Harbour Holdings Ltd said it would "
            "pay.")
    found = set(orgs(text))
    assert not {"Hotel Marenburg", "Polar Kestrel"} & found
    # a body's director or star, a verb before a firm, or a firm that speaks: no film
    assert {"Kestrel Rivers Trust", "Osk Ferries Ltd", "Harbour Holdings Ltd"} <= found
    # nor a firm's or a club's name after `role in` or `performance in`, nor one that owns something
    text = ("Shares in Kestrel Holdings Ltd fell. Analysts questioned Dalby's role in Kestrel Holdings Ltd's bid. "
            "The Osk Rovers manager praised her performance in Osk Rovers' win over Harbour Films.")
    assert {"Kestrel Holdings Ltd", "Osk Rovers"} <= set(orgs(text))
    assert "Kestrel Telecom" in orgs("He doubted his role in Kestrel Telecom's bid for the network.")


def test_a_theatre_or_an_arena_named_only_as_where_something_happens_is_a_place():
    text = ("The awards take place at Marenburg's Kestrel Theatre on Monday, and stars will gather outside the "
            "Kestrel Theatre. Kellan spoke at the Osk Convention Center and at the Harbour Arena.")
    assert not orgs(text)
    # a theatre that speaks or has someone is a company; and the lists' National Theatre is one
    text = ("The Osk Theatre said it would close. The Dalby Theatre's director left. The History Boys has been at "
            "London's National Theatre since May.")
    assert {"Osk Theatre", "Dalby Theatre", "London's National Theatre"} <= set(orgs(text))
    # where someone works, or something owned there: the company
    text = "Jon Dalby, artistic director at the Kestrel Theatre, left. Kellan spoke at the Harbour Theatre's gala."
    assert {"Kestrel Theatre", "Harbour Theatre"} <= set(orgs(text))


def test_the_name_right_after_the_verb_speaks_a_finished_quote_whatever_its_appositive():
    text = INTRO + ('"We will not sign." said Jon Dalby, parent of a pupil at the Marenburg harbour school.\n\n'
                    '"The ferries must run." said Lena Ward, a teacher.')
    assert [s for _, s in quotes_of(text)] == ["Jon Dalby", "Lena Ward"]


def test_a_coordinator_is_a_role_and_dane_a_given_name():
    text = ('The Marenburg Ferry Company released a statement. Its Media Coordinator Dane Lisser wrote:\n'
            '"We will keep the night ferries." Campaign coordinator Ola Brenn said: "So will we."')
    result = extract(text)
    assert [q.speaker for q in result.quotes] == ["Dane Lisser", "Ola Brenn"]
    assert "Media Coordinator" not in " ".join(o.name for o in result.organisations)
    # the nationality before a given name and a surname is still no part of the name
    assert [p.name for p in extract("Dane Kenneth Carlsen won the match.").persons] == ["Kenneth Carlsen"]


def test_worldwide_ends_a_firms_name():
    text = "The agency merged with Needham Harper Worldwide and Doyle Dane Bernbach in August."
    result = extract(text)
    assert not result.persons
    assert {"Needham Harper Worldwide", "Doyle Dane Bernbach"} <= {o.name for o in result.organisations}


def test_a_sunday_paper_keeps_its_day():
    text = ("Kellan told the Sunday Mirror the levy would go. The Sunday Telegraph's Jon Dalby says so. The Mail "
            "on Sunday survey agreed, and he told the Mail on Sunday it was over. A poll in yesterday's Sunday Times "
            "found the same.")
    names = set(orgs(text))
    assert {"Sunday Mirror", "Sunday Telegraph", "Mail on Sunday", "Sunday Times"} <= names
    assert not names & {"Mirror", "Telegraph", "Mail", "Mail on", "Times"}
    # a wire's bare day is when, not a paper's
    names = set(orgs("Police said Sunday Herald reporters were hurt. Shops shut on Sunday Mirror readers said."))
    assert not names & {"Sunday Herald", "Sunday Mirror"}


def test_a_papers_word_alone_is_a_firm_it_opens_or_a_paper_only_as_one_is_written():
    # the one firm of the story it opens, not the paper
    text = ("Ferrowave Plc plans a tender offer for Standard Harbour Co <SHC>. Standard closed at 64 dlrs, and "
            "Ferrowave owns 55 pct of Standard's stock. A Star spokesman said <Star Ferries SA> would sell.")
    result = extract(text)
    names = {o.name for o in result.organisations}
    assert {"Standard Harbour Co", "Star Ferries SA"} <= names and not names & {"Standard", "Star"}
    standard = next(o for o in result.organisations if o.name == "Standard Harbour Co")
    assert len(standard.mentions) == 3
    # and the one longer name it opens though no legal form ends it; none where two names hold the word, nor the
    # paper beside the firm named after it
    text = "Ferrowave took a stake in Standard Harbour of Marenburg, and Ferrowave holds 55 pct of Standard."
    assert len(orgs(text)["Standard Harbour of Marenburg"].mentions) == 2
    names = set(orgs("Standard Harbour Co and Standard Ferries Bank rose. The firm bid for Standard in May."))
    assert "Standard" not in names
    names = orgs("Times Ferry Co said sales rose. Later the Times reported a loss.")
    assert "Times" in names and len(names["Times Ferry Co"].mentions) == 1
    # a grade, a product or a prize: no one
    assert not orgs("Standard grade copper retained a spread. Standard white newsprint rose. Five Globe "
                    "nominations came out, and an Express van sold well.")
    # a paper as a paper is written, and a firm that speaks
    assert {"Standard", "Star", "Express"} <= set(orgs('He read it in the London "Standard" newspaper and told the '
                                                       'Star. Express said sales rose.'))
    # the papers' full names keep their word
    assert "People Express" in orgs("The agency said that People Express has not legally merged.")


def test_an_official_journal_and_a_paper_named_for_two_are_whole():
    text = ("The decree in the Official Gazette said so, and the issue will be listed in the Official Bulletin. "
            "The Toronto Globe and Mail said so too, quoting the Minneapolis Star and Tribune.")
    names = set(orgs(text))
    assert {"Official Gazette", "Official Bulletin", "Toronto Globe and Mail", "Minneapolis Star and Tribune"} <= names
    assert not names & {"Gazette", "Bulletin", "Mail", "Tribune", "Toronto Globe"}
    assert "Pew Internet and American Life Project" in orgs("Research by the Pew Internet and American Life "
                                                            "Project found it.")
    # `Official` is still a title before a name
    assert list(people("Official Jon Dalby said the decree was out.")) == ["Jon Dalby"]


def test_letters_of_programmes_measures_roles_and_states_are_no_organisations():
    text = ("Priorities Harbour, a pro-Kellan super PAC, paid for the ads, and POTUS met his VP. The firm moved "
            "its stock to LIFO accounting and took SDR loans under the EEP, the bonus programme, and PL 480. The "
            "ferry runs from Dover, NH to Osk, AZ. Jon Dalby of the NRCC said it was over.")
    assert set(orgs(text)) == {"NRCC"}
    # letters that name bodies too stay (`WI`, the Women's Institute; `SVP`, the Swiss People's Party)
    assert {"WI", "SVP"} <= set(orgs("The WI said the report was late, and the SVP agreed."))


def test_a_wires_capital_after_us_on_a_common_word_is_no_name():
    text = ("Ferrowave Corp, a U.S. Financial services firm, bought a stake in a U.K. Retail chain as U.S. Oil output "
            "fell; the oil and retail trades are slow, financial firms said. The U.S. Navy and the U.K. Government "
            "said the navy would help. U.S. Steel said steel prices rose.")
    assert set(orgs(text)) == {"Ferrowave Corp", "U.S. Navy", "U.K. Government", "U.S. Steel"}
    # a firm so named that speaks or has a ticker stays
    assert "U.S. Trust" in orgs("U.S. Trust said it would buy the trust fund.")


def test_a_sentence_opening_with_a_description_is_about_the_one_it_describes():
    # `The 27-year-old, who …, said` heads the sentence: its `he` is not Farrell, spoken of after `of`
    text = ("Paul Sculthorpe would love to succeed Andy Farrell as captain.\n\n"
            '"I would want the job," Sculthorpe told the Courier.\n\n'
            "The 27-year-old, who captained St Helens last year, said following in the footsteps of Farrell would be "
            'a challenge. "Andy would be a hard act to follow," he said. "The team is no one-man team."\n\n'
            "The Brazilian Edu spoke too. The Spaniard believed he was talking to Jon Dalby when he spoke. "
            '"I wish I was playing for Real," the 21-year-old told the Courier.')
    speakers = [s for _, s in quotes_of(text)]
    assert speakers[:3] == ["Paul Sculthorpe"] * 3
    # past a `who` clause that names someone, to the sentence's verb
    text = ("Paul Sculthorpe would love to succeed Andy Farrell.\n\n\"I want it,\" Sculthorpe said.\n\nThe "
            "27-year-old, who Farrell replaced as captain, agreed to stay. \"It is a challenge,\" he said.")
    assert [s for _, s in quotes_of(text)] == ["Paul Sculthorpe", "Paul Sculthorpe"]
    text = ("Hollywood film star Arvid Kellan held a dinner for the Marenburg theatre.\n\nThe Oscar-nominated actor, "
            "whose films include Schindler's Harbour, Mira Osk and Ferry Wars: The Tide, said: \"The theatre is too important.\"")
    assert [s for _, s in quotes_of(text)] == ["Arvid Kellan"]
    # a sentence's `The` before a thing, or before verbs, describes no one
    text = ("Lena Ward won the Marenburg Marathon.\n\nThe Briton, running for the first time since May, held off "
            "Valdorian Mira Osk. The pair were locked together for the last miles before Ward sprinted clear. "
            '"It is a good way to end the year," she said.\n\n'
            "Jon Dalby said the talks would go on. The 1992 deadline for the levy should help, Arvid Kellan said. "
            '"It is a piece of luck," he said.')
    assert [s for _, s in quotes_of(text)] == ["Lena Ward", "Arvid Kellan"]
    # nor a national's or a star's word before a noun (`The Italian job`, `The star turn`)
    for opening in ("The star turn came from", "The Italian job went to", "The Democrat primary went to"):
        text = f'Arvid Kellan won. Jon Dalby lost.\n\n{opening} Arvid Kellan. "It was fun," he said.'
        assert [s for _, s in quotes_of(text)] == ["Arvid Kellan"], opening


def test_a_given_name_written_short_with_a_dot_stays_in_a_firms_name():
    text = ("The trust is managed by Alex. Kellan and Sons Inc, and Wm. Dalby Jr. Co and Geo. A. Osk and Co "
            "will buy it.")
    assert {"Alex. Kellan and Sons Inc", "Wm. Dalby Jr. Co", "Geo. A. Osk and Co"} <= set(orgs(text))


def test_a_name_ending_with_the_whole_name_of_someone_is_that_person():
    # `said El Varrouk` shows a person; `champion Hikram El Varrouk` before it, whose given name the lists do not
    # know, is that person, and `the 30-year-old` after him is he
    text = ("Hikram El Varrouk targets the cross country\n\n"
            "Valdorian runner Hikram El Varrouk is set to race in Marenburg.\n\n"
            'But he will not decide yet. "If I run, I want to win," said the 30-year-old. "The course is hard."\n\n'
            'El Varrouk won last year. "I was lucky," said El Varrouk.')
    found = people(text)
    assert list(found) == ["Hikram El Varrouk"]
    mentions = [text[s:e] for s, e in found["Hikram El Varrouk"].mentions]
    assert mentions[:2] == ["Hikram El Varrouk"] * 2 and mentions[-1] == "El Varrouk"
    assert [s for _, s in quotes_of(text)] == ["Hikram El Varrouk"] * 3
    # (the same words alone are no sign: see the `Dalby Tool` division in the firm's-noun test)


def test_an_age_then_a_people_is_one_description():
    # `the 27-year-old Valdorian said`: the description runs past the people's name to the verb; the `Valdorian
    # doctor` before is no one brought in as `a Valdorian`
    text = ("Tomas Brandt says he has been banned for three months. Brandt believes an injection given to him by a "
            'Valdorian doctor is to blame. "I have acted correctly," the 27-year-old Valdorian said in a statement.')
    assert quotes_of(text) == [("I have acted correctly,", "Tomas Brandt")]


def test_a_champion_is_titled_but_the_champion_is_whom_the_story_is_about():
    text = 'Olympic champion Hikram Osk won the race.\n\nBut Lena Ward was close. "It was hard," said the two-time champion.'
    assert set(people(text)) == {"Hikram Osk", "Lena Ward"}
    assert quotes_of(text) == [("It was hard,", "Lena Ward")]
    # written large, it opens a firm's name; and a club after the title is the club
    assert set(orgs("Champion Harbour Builders Inc said profits rose.")) == {"Champion Harbour Builders Inc"}
    text = "Former European champion Borussia Dortmund has warned it could go bankrupt."
    assert "Borussia Dortmund" in orgs(text) and not people(text)


def test_what_a_firms_noun_before_it_calls_a_firm_is_an_organisation():
    text = ('"We are happy," said IT firm Norvale Data. Norvale Data said sales rose. Software giant Kestrel Arts '
            "fell. The rock band Harbour Lights played. The consulting firm Osk Economics, the airline Valdor Blue "
            "and the official newspaper El Marenbo agreed. El Marenbo said so.")
    assert set(orgs(text)) == {"Norvale Data", "Kestrel Arts", "Harbour Lights", "Osk Economics", "Valdor Blue",
                               "El Marenbo"}
    assert not people(text)
    assert quotes_of(text) == [("We are happy,", "Norvale Data")]
    # its last words later are the firm too
    text = "The accounting firm KMG Dalby Hurd was fined. Dalby Hurd agreed to pay."
    assert list(orgs(text)) == ["KMG Dalby Hurd"] and not people(text)
    # what the firm does is no part of its name
    assert set(orgs("The online giant ISP Valnet fell.")) == {"Valnet"}
    # not a giant field, a ship, a person after the firm's name, two firms, a day or a sentence run on to
    text = ("The company Tuesday Morning said nothing. USX kept its stake in the giant Kellan Field. The product "
            "carrier Ocean Marenburg sailed. The group Norvex Jon Dalby runs fell. Valdorian firm Petrovald and "
            "Kestria's Enarsa signed. Shares in giant U.S. Or European concerns fell.")
    assert set(orgs(text)) <= {"USX", "Petrovald", "Enarsa"}
    assert "Jon Dalby" in people(text)
    # nor the person a given name opens, a title's holder, or the one a firm's possessive owns
    for text, person in (("The company Jon Dalby founded grew fast.", "Jon Dalby"),
                         ("The group Chairman Osk Varrik runs fell.", "Osk Varrik"),
                         ("The rock band Harbour Lights' singer Osk Varrik left.", "Osk Varrik")):
        assert person in people(text) and person not in orgs(text), text
    # a name whose given name the lists do not know is not someone's because it is a firm's division's too: the
    # whole name alone is no sign (`told Les Echos` does not make `the daily Les Echos` someone)
    text = ("Dalby International Inc said it has consolidated its Dalby Tool and Dalby Drilling Systems divisions.\n\n"
            "Jon Rock, previously president of Dalby Tool, is now president of Dalby International.")
    assert "Dalby Tool" in orgs(text) and "Dalby Tool" not in people(text)


def test_a_rugby_players_position_is_a_role_before_a_name():
    text = ("Valdor prop Hikram Osk is fit for the match against Kestria.\n\nThe Valdor forwards want to dominate the "
            'pack, and the prop said: "If we get stuffed in the front five, our backs have had it." Kestria '
            "picked lock Brannoc Dalby and centre Tolly Varrik.")
    assert {"Hikram Osk", "Brannoc Dalby", "Tolly Varrik"} <= set(people(text))
    assert quotes_of(text)[0][1] == "Hikram Osk"
    # capitalised in a name, a body's word; a place set off by `the centre of` is no one; outside sport, a
    # pipeline's `centre` or a canal's `lock` is no role
    text = ("The Centre for Harbour Studies said so. Lock Harbour Industries Ltd said the ferry would run from Varro "
            "Agrio, the centre of the oil trade, to the pumping centre Lago Varro and the lock Kestrel Basin.")
    assert {"Centre for Harbour Studies", "Lock Harbour Industries Ltd"} <= set(orgs(text))
    assert not people(text)
    # `the centre said` is a body's, though `centre` is a player's role
    text = 'Lena Ward spoke at the Harbour Institute. "The ferries are failing," the centre said in a report.'
    assert quotes_of(text) == [("The ferries are failing,", "Harbour Institute")]


def test_a_quote_alone_after_reported_speech_whose_verb_is_not_the_last():
    # the last speech verb (`appeal`) is inside what Dalby said; the one before it is his
    text = ("Marenburg Ferries will sell a new pass.\n\n"
            "Jon Dalby, deputy editor of the Marenburg Courier, said the pass would appeal to commuters who had "
            "bought a car.\n\n"
            '"They want a taste of the sea because they like what they have seen."')
    assert quotes_of(text) == [("They want a taste of the sea because they like what they have seen.", "Jon Dalby")]
    # but not a verb whose speaker is inside what is reported
    text = ("Marenburg Ferries will sell a new pass.\n\n"
            "The report says that Jon Dalby argued the pass would fail.\n\n"
            '"They want a taste of the sea."')
    assert quotes_of(text) == [("They want a taste of the sea.", None)]


def test_a_body_named_by_one_word_speaks_by_its_spokesman():
    text = ("Treasury Secretary Jon Dalby has cancelled a trip to Kestria, a Treasury spokesman said.\n\n"
            'The spokesman said: "I would not draw any conclusion from it."')
    assert "Treasury" in orgs(text)
    assert quotes_of(text) == [("I would not draw any conclusion from it.", "Treasury")]
    # alone, the word is no organisation
    assert not orgs("Rates on Treasury bills rose as Kremlin watchers waited.")


def test_confided_and_enthused_are_speech_verbs():
    text = ('Mira Osk laughed at the joke. "That was a total disaster," a crestfallen Jon Dalby confided in the '
            'show\'s presenter.\n\n"It is the best ferry in the world," enthused Lena Ward.')
    assert [s for _, s in quotes_of(text)] == ["Jon Dalby", "Lena Ward"]


def test_a_bank_named_by_its_founders_initials_is_a_bank():
    text = "JP Morgan admits old links\n\nJP Morgan Chase has admitted its past. JP Morgan said it was sorry."
    assert not people(text) and {"JP Morgan", "JP Morgan Chase"} <= set(orgs(text))
    assert quotes_of('"We are eligible," the J.P. Morgan spokesman said.') == [("We are eligible,", "J.P. Morgan")]


def test_a_firms_noun_before_a_persons_name_makes_no_firm_of_the_person():
    # a person's `maker`, `giant`, `carrier` or `brewer`; a name the noun is the object of (`the charity Hikram Osk
    # founded`); a field or a ship
    for text in ("Veteran dealmaker Hikram Osk said the merger would close.", "The film maker Hikram Osk said so.",
                 "Gentle giant Hikram Osk said he would retire.", "Letter carrier Hikram Osk said so.",
                 "Master brewer Hikram Osk said so.", "The charity Hikram Osk founded in 1990 grew.",
                 "A company Hikram Osk owns was fined.", "The outfit Hikram Osk wore to the premiere was red.",
                 "The giant Kellan Field produced oil.", "Occidental's giant Cano Varrik field was shut.",
                 "The aircraft carrier Kestrel Dawn sailed."):
        assert not orgs(text), text
    assert "Aston Martin" in orgs("British car maker Aston Martin fell.")
    assert "Hikram Osk" in people("The firm Chairman Hikram Osk said so.")
    # an honorific's person is no firm of the same name
    text = ('The fashion label Hikram Osk opened a shop in Paris. Its founder, Mr Hikram Osk, said: "It is a '
            'dream."')
    assert "Hikram Osk" in people(text) and quotes_of(text) == [("It is a dream.", "Hikram Osk")]
    assert "Hikram Osk" in people(text.replace("Its founder, Mr Hikram Osk,", "The singer Hikram Osk"))


def test_a_rugby_position_or_a_titles_verb_makes_no_one_of_a_place():
    for text in ("The company's goal is to pump more oil this season. Crude flows to the pumping centre Lago "
                 "Varro, officials said.",
                 "Sales rose in the match season. Shoppers went to the shopping centre Kellan Mall.",
                 "The scrum-half watched. The boat passed the lock Kellan Basin on Monday.",
                 "The minister vowed to champion Valdor Tamsk in the talks.",
                 "Police will lock Osk Varrik up tonight after the scrum, the club said.",
                 "They will prop Valdor Tamsk up again after the scrum.",
                 "Fans prop Valdor Tamsk up after the scrum.",
                 "Crude flows through centre Lago Varro, officials said."):
        assert not people(text), text
    assert "Hikram Osk" in people("He lost to champion Hikram Osk in the final.")


def test_a_name_ending_with_someones_is_no_place_or_cause_named_after_them():
    for text in ('"I will win," said El Varrouk. The race starts at Estadio El Varrouk on Sunday.',
                 'The Trofeo El Varrouk starts. "I will win," said El Varrouk.',
                 '"I will win," said El Varrouk. Anti El Varrouk groups met.'):
        assert set(people(text)) == {"El Varrouk"}, text


def test_a_quote_alone_after_reported_speech_is_not_given_across_a_clauses_break():
    for mid in ("Lena Ward said the ferry would fail, but most passengers argued otherwise.",
                "Lena Ward said the ferry would fail, though a poll published on Monday suggested otherwise.",
                "Lena Ward said the ferry would fail; her opponents on the council have argued otherwise."):
        text = "Marenburg Ferries will sell a new pass.\n\n" + mid + '\n\n"It is a disaster."'
        assert quotes_of(text) == [("It is a disaster.", None)], mid
    # but the same speaker's second verb, or a verb inside what was reported, is no break
    for mid in ("Jon Dalby said the response was expected next month, but reiterated his belief the pass would "
                "appeal to commuters.",
                "Jon Dalby said talks had made a start, but it is vital that ministers maintain the pressure."):
        text = "Marenburg Ferries will sell a new pass.\n\n" + mid + '\n\n"It is a disaster."'
        assert quotes_of(text) == [("It is a disaster.", "Jon Dalby")], mid


def test_a_states_body_by_one_word_speaks_by_its_spokesman_not_a_partys():
    for word in ("Kremlin", "Pentagon", "Fed", "Vatican"):
        assert quotes_of(f'"No," a {word} spokesman said.') == [("No,", word)], word
    assert quotes_of("\"No,\" the Treasury's spokeswoman said.") == [("No,", "Treasury")]
    text = '"The figures do not add up," the Tory Treasury spokesman said.'
    assert "Treasury" not in orgs(text) and quotes_of(text)[0][1] is None
    assert "Treasury" not in orgs("Labour's Treasury spokesman, Hikram Osk, said it was wrong.")
    # a spokesman the story names beside his body's word is the one who speaks
    text = '"We should build bridges," the Vatican spokesman, Tomas Brandt, told the Courier.'
    assert quotes_of(text) == [("We should build bridges,", "Tomas Brandt")]


def test_an_ages_people_is_not_someone_the_story_calls_by_another():
    text = 'Tomas Brandt, a German, lost to Lena Ward. "I played badly," the 27-year-old Austrian said.'
    assert quotes_of(text) == [("I played badly,", None)]
    text = 'Austrian Tomas Brandt lost to Lena Ward. "I played badly," the 27-year-old Austrian said.'
    assert quotes_of(text) == [("I played badly,", "Tomas Brandt")]
    # only after an age: a champion of a continent is one of its peoples
    text = 'British Lena Ward won the race. "It would be fantastic," said the European champion.'
    assert quotes_of(text) == [("It would be fantastic,", "Lena Ward")]


def test_a_speech_verb_typed_twice_is_one():
    text = '"There is strength in the data," said said Lena Ward of Halvard Securities Inc.'
    assert quotes_of(text) == [("There is strength in the data,", "Lena Ward")]


def test_a_spokesman_a_description_of_someone_owns_is_unnamed():
    text = ("Rapper Hikram Osk has been sued by a make-up artist. The rapper's spokesman said the claims were "
            '"untrue".\n\nJon Dalby spoke too. Asked about it, the prime minister\'s official spokesman said: "We '
            'believe the threat is real."')
    assert [s for _, s in quotes_of(text)] == [None, None]


def test_the_company_is_the_firm_the_nearest_sentence_is_about():
    text = ("Halvard Express Co said it and its Dalby Lehman Inc subsidiary have been holding talks on an investment "
            "by <Kestrel Life Insurance Co> of Valdoria.\n\n"
            'The company said, "The discussions have led to an understanding."')
    assert quotes_of(text) == [("The discussions have led to an understanding.", "Halvard Express Co")]
    # a sentence the company's word itself opens names what it owns: the firm is the one before
    text = ("Valdorian metals group Osk Mining AB forecast a return to profit.\n\n"
            "The company, which consolidated the wholesale group <Varrik AB> this year, said the result included "
            'write-offs.\n\n"These costs are mainly one-off," the company said in a statement.')
    assert quotes_of(text) == [("These costs are mainly one-off,", "Osk Mining AB")]
    # a firm named with no firm's word is one; a body of the state or its letters is none
    text = ("Dalby Signal Inc and Osk Motors Corp agreed to sell their stakes.\n\n"
            "In the United States, the IT firm Norvale Data said it completed work on its network.\n\n"
            '"Sales were confirmed," the company said.')
    assert quotes_of(text) == [("Sales were confirmed,", "Norvale Data")]
    text = ("Dalby Utilities Inc said the rate would stand, and Osk Power Corp agreed.\n\nThe Federal Energy "
            "Regulatory Commission ordered it on Monday. The company said the ruling was \"totally unexpected\".")
    assert quotes_of(text)[-1] == ("totally unexpected", "Dalby Utilities Inc")
    text = ('Dalby Utilities Inc and Osk Power Corp appealed the ruling. KSE said it rejected the appeal. "We are '
            'disappointed," the company said.')
    assert quotes_of(text) == [("We are disappointed,", "Dalby Utilities Inc")]
    text = ('IBM said it would buy Halvard Development Corp and Osk Systems Inc. "It is a good fit," the company '
            "said.")
    assert quotes_of(text) == [("It is a good fit,", "IBM")]
    # a sentence opening with the firm's `it` names what it speaks of: the firm is the one before
    text = ("Halvard Express Co said it is weighing steps for its Dalby Lehman Inc unit. It said the options range "
            'from widening Dalby Lehman\'s reach.\n\nThe company also said, "All the steps reflect its role."')
    assert quotes_of(text) == [("All the steps reflect its role.", "Halvard Express Co")]
    # the firm at the speech verb of its sentence, not the one the sentence reports on; a firm with no firm's word
    # only where the story has it speak (not `Ofcom fined…`), by itself or its spokesman
    text = ('Kestrel Systems Inc will be sold to a rival within a year, Halvard Corp said on Monday. "We are in talks '
            'with several buyers," the company said.')
    assert quotes_of(text)[-1][1] == "Halvard Corp"
    text = ('Ofcom fined Halvard Telecom Ltd on Monday after a complaint from Kestrel Mobile Ltd. "We will appeal," '
            "the company said.")
    assert quotes_of(text)[-1][1] == "Halvard Telecom Ltd"
    text = ("Dalby Signal Inc and Osk Motors Corp agreed to sell their stakes to the IT firm Norvale Data.\n\nA "
            'Norvale Data spokesman declined to comment, but the company said its profit was "sound".')
    assert quotes_of(text)[-1][1] == "Norvale Data"
    # a sentence opening with `The company of…` is no firm's
    text = ("Halvard Corp sold its Marenburg mine to Kestrel Mining Ltd last year. The company of protesters blocked "
            'the gates of Kestrel Mining Ltd on Monday. "We have called the police," the company said.')
    assert quotes_of(text)[-1][1] == "Kestrel Mining Ltd"
    # nor a firm the story was about long before (a billionaire's profile that names Ikea, then pages later
    # `The company says its policy "is not to cover"` him)
    text = ("Ingvar Osk founded the furniture chain Kestrel Home. Kestrel Home said it would grow.\n\n"
            + "He lives quietly in the hills now. " * 50 +
            '\n\nThe company says its policy "is not to cover" him.')
    assert quotes_of(text)[-1][1] is None


def test_a_person_whose_role_is_at_the_firm_speaks_not_the_firm():
    text = ('Halvard showed a network. But Tomas Brandt, president of the networks division at the firm says that: '
            '"By 2015 the need will rise."')
    assert quotes_of(text) == [("By 2015 the need will rise.", "Tomas Brandt")]
    # a firm's spokesman named with no one before him is still the firm's, and a name not followed by its role is
    # no speaker
    text = 'Halvard Ltd showed a network. A spokesman for the firm said: "The need will rise."'
    assert quotes_of(text) == [("The need will rise.", "Halvard Ltd")]
    text = 'Lena Ward met the manager of the firm says that: "The need will rise."'
    assert quotes_of(text)[0][1] != "Lena Ward"


def test_one_word_before_a_spokesman_names_the_body_he_speaks_for():
    text = ('Varrikon shares fell on Monday. "We will appeal," a Varrikon spokesman said.\n\n'
            '"The ruling is wrong," the spokesman said.')
    assert "Varrikon" in orgs(text) and not people(text)
    assert quotes_of(text) == [("We will appeal,", "Varrikon"), ("The ruling is wrong,", "Varrikon")]
    # a people, a body's word, a given name, a title, a party member's word, a word the story writes small, an
    # office's adjective, initials with dots: no body of that name
    for word in ("French", "Ministry", "Lena", "Chief", "Conservative", "Green", "Palace", "Presidential", "K.V.",
                 "Sikh", "Maoist", "Opposition", "Royal", "Military", "Senior", "Quay"):
        text = f'The palace and the quay were shut. "We will appeal," a {word} spokesman said.'
        assert quotes_of(text) == [("We will appeal,", None)], word
        assert word not in orgs(text), word
    # a given name that is also a known body's is the body here
    assert quotes_of('"We will appeal," a Chelsea spokesman said.') == [("We will appeal,", "Chelsea")]
    assert "Pops" not in orgs('"We are proud," a Top of the Pops spokesperson said.')
    # a person's spokesman is someone else: one named in full, or titled, before
    for text in ('Jon Dalby lost. "We will appeal," a Dalby spokesman said.',
                 'Senator Varrik lost. "We will appeal," a Varrik spokesman said.'):
        assert quotes_of(text) == [("We will appeal,", None)], text
        assert not orgs(text), text


def test_a_spokesmans_one_word_is_the_body_the_story_named_so():
    for named, word in (("Halvard & Osk", "Halvard"), ("Kestrel-Varrik Plc", "Kestrel"),
                        ("Northern Varrik Tobacco", "Nvt"), ("Marenburg Power Corp (Mapco)", "Mapco")):
        text = f'{named} was fined on Monday. "We will appeal," a {word} spokeswoman said.'
        assert set(orgs(text)) == {named.split(" (")[0]}, named
        assert quotes_of(text) == [("We will appeal,", named.split(" (")[0])], named
    # a word that opens several of the story's firms names none of them
    text = 'Osk Development Co and Osk Laboratories merged. "We will appeal," an Osk spokesman said.'
    assert set(orgs(text)) == {"Osk Development Co", "Osk Laboratories"}
    assert quotes_of(text) == [("We will appeal,", None)]


def test_a_name_in_what_a_he_said_reports_is_not_the_he():
    intro = "The minister is keen, Jon Dalby, the party's election strategist, told the Courier on Saturday. "
    # a partial quote woven into what he said: the one it is about is not the one saying it
    text = intro + 'Mr Kellan has "the same passion for the job" as in 1997, he said.'
    assert quotes_of(text) == [("the same passion for the job", "Jon Dalby")]
    # and a sentence that such a `he said` closes is his, the same he's, for a `he` after it
    text += '\n\nAnd he confirmed Mr Kellan\'s plan. He said: "I do not know the date."'
    assert quotes_of(text)[1] == ("I do not know the date.", "Jon Dalby")
    text = (intro + "Besides Kellan's statements, the ferry strike had hurt the vote, he said.\n\n"
            '"I think agreement is possible," he said.')
    assert quotes_of(text) == [("I think agreement is possible,", "Jon Dalby")]
    # also right after it, with no sentence between
    text = ('Arvid Kellan spoke to reporters. Besides statements by Jon Dalby, the dollar fell, he said. "I think '
            'agreement is possible," he said.')
    assert quotes_of(text) == [("I think agreement is possible,", "Arvid Kellan")]
    # but one heading the sentence, of whom no words are quoted, is the one who said it, in the third person
    text = ("The rally was loud, Jon Dalby told the Courier. In Marenburg on Monday, Mr Kellan was shocked by the "
            'crowd, he said later. A video shows the crowd. He said he was thinking, "This cannot be happening."')
    assert quotes_of(text) == [("This cannot be happening.", "Kellan")]
    # nor does a `he said` after an opening clause report what the clause says
    text = ("Jon Dalby spoke first. After the long vote on the harbour plan was lost by Mr Kellan at the council, "
            'he said. A video shows the crowd. "It was rigged," he said.')
    assert quotes_of(text) == [("It was rigged,", "Kellan")]


def test_a_quote_after_a_sentence_a_speech_verb_and_a_name_close_is_that_ones():
    for tail in ("said Jon Dalby, head of the bank's research division.", "said Jon Dalby."):
        text = f'Most shares are held by companies, {tail} "This is a tightly woven textile."'
        assert quotes_of(text) == [("This is a tightly woven textile.", "Jon Dalby")], tail
    for firm in ("Halvard Group", "Halvard Ltd."):
        text = f'Most shares are held by companies, said {firm}. "This is a textile."'.replace("..", ".")
        assert quotes_of(text) == [("This is a textile.", firm)], firm
    # not whom one named before the verb, his role's comma closed, told it to
    for text in ('Lena Ward, the harbour master, told Jon Dalby. "This is a tightly woven textile."',
                 '"The port will close," Lena Ward, the harbour master, told Jon Dalby. "It is final."'):
        assert quotes_of(text)[-1][1] != "Jon Dalby", text
    # nor one the verb has no comma before, nor a name the sentence goes on after
    for text in ('The harbour board told Jon Dalby. "This is a textile."',
                 'At the quay, Lena Ward, the harbour master, quoted Jon Dalby. "It is final."',
                 'Halvard Ltd, the harbour operator, told Jon Dalby. "It is final."',
                 'The port will close, the harbour master, a veteran of 30 years, told Jon Dalby. "It is final."'):
        assert quotes_of(text)[0][1] != "Jon Dalby", text
    text = 'Most shares are held by companies, said Jon Dalby and the port would close. "This is a textile."'
    assert quotes_of(text) == [("This is a textile.", None)]


def test_a_one_word_persons_name_opening_a_sentence_before_any_sign_of_them_is_theirs():
    text = ("Kellan firm over Osk\n\nBut Kellan, speaking exclusively to the Courier, also admits Jon Osk, who has "
            'been linked with Halvard, will have the final say on his future. He told Marenburg Radio: "We will '
            'not sell."\n\nLater Kellan said he was confident the club would stay up.')
    assert quotes_of(text) == [("We will not sell.", "Kellan")]
    [kellan] = [p for p in extract(text).persons if p.name == "Kellan"]
    assert text.index("But Kellan") + 4 in [s for s, _ in kellan.mentions]
    # not inside a sentence, where the word is as often someone else's (`The paradox of Kellan`, `the Kellan
    # plan`), nor a one-word "person" the story never calls he or she (a club taken for someone)
    for before, after in (("But Kellan, speaking", "The paradox of Kellan, speaking"),
                          ("But Kellan, speaking exclusively to the Courier, also admits",
                           "Kellan supporters booed at the Courier, and he admits")):
        changed = text.replace(before, after)
        [kellan] = [p for p in extract(changed).persons if p.name == "Kellan"]
        assert changed.index(after) + after.index("Kellan") not in [s for s, _ in kellan.mentions], after
    text = ('Varrow have signed midfielder Jon Osk from Halvard.\n\nVarrow, second from bottom, have a squad of '
            'twenty. "It was an easy decision," the 34-year-old told Varrow\'s website.')
    assert quotes_of(text) == [("It was an easy decision,", "Jon Osk")]


def test_an_honorific_of_the_other_sex_is_another_of_the_family():
    text = 'Michelle Kellan spoke on Monday. Mr. Kellan said he was "very proud" of her.'
    assert set(people(text)) == {"Michelle Kellan", "Kellan"}
    assert quotes_of(text) == [("very proud", "Kellan")]
    text = 'Michael Dalby resigned on Monday. Mrs Dalby said: "We are relieved."'
    assert set(people(text)) == {"Michael Dalby", "Dalby"}
    # a given name of either sex takes the honorific's
    for given in ("Nicky", "Jessie", "Lakshmi", "Hilary", "Ira", "Evelyn", "Vivian", "Lynn", "Laurie", "Meredith"):
        for honorific in ("Mr", "Ms"):
            text = f'{given} Osk spoke on Monday. {honorific} Osk said: "We are relieved."'
            assert quotes_of(text) == [("We are relieved.", f"{given} Osk")], (given, honorific)


def test_it_or_they_after_a_speech_verbs_participle_is_what_was_spoken_of():
    text = ('Mr Kellan laughed off suggestions that his seat at Marenburg was in danger, saying it was "one of the '
            'safest seats in the country".')
    assert quotes_of(text) == [("one of the safest seats in the country", "Kellan")]
    text = ('The Harbour Party leader Jon Dalby attacked the plans for pensioners saying they needed "more money", '
            'not free rides.')
    assert quotes_of(text) == [("more money", "Jon Dalby")]
    # a firm's own `it` after a participle: the firm the sentence opens with
    text = 'Halvard Ltd raised its dividend on Monday, saying it expected "further gradual improvement".'
    assert quotes_of(text) == [("further gradual improvement", "Halvard Ltd")]
    # a participle with a subject of its own: that one speaks
    for text, speaker in (('Halvard Ltd cut jobs. Jon Dalby was sacked, with the firm saying it expected "weak '
                           'demand".', "Halvard Ltd"),
                          ('Jon Dalby left Halvard Ltd, with Lena Ward saying it was "a sad day".', "Lena Ward"),
                          ('Jon Dalby lost his seat, with voters saying they wanted "a change".', None)):
        assert quotes_of(text)[0][1] == speaker, text
    # after a verb that is no participle, `it` is as often the firm that says it
    text = ("Halvard Ltd and the union met on Monday. Details were not available, but a company spokesman said it "
            '"maintained benefits for staff".')
    assert quotes_of(text) == [("maintained benefits for staff", "Halvard Ltd")]


def test_one_named_in_apposition_after_a_body_speaks_not_the_body():
    for text in ('"It was a bitter disappointment," the president of the Marenburg Harbour Board, Jon Dalby, said.',
                 '"It was a bitter disappointment," the Marenburg Harbour Board, its chairman Jon Dalby, said.'):
        assert quotes_of(text) == [("It was a bitter disappointment,", "Jon Dalby")], text
    # not a name that goes on to something else before the verb, nor one inside a clause about the body
    for text in ('"It was a bitter disappointment," the Marenburg Harbour Board, Jon Dalby\'s deputy, said.',
                 '"It was a bitter disappointment," the Marenburg Harbour Board, which Jon Dalby heads, said.',
                 '"It was a bitter disappointment," the Marenburg Harbour Board, which hired Jon Dalby, said.',
                 '"It was a bitter disappointment," the Marenburg Harbour Board, owned by Jon Dalby, said.',
                 '"It was a bitter disappointment," the Marenburg Harbour Board, the rival of Jon Dalby, said.'):
        assert quotes_of(text)[0][1] != "Jon Dalby", text


def test_a_participle_after_a_he_and_his_speech_verb_goes_on_with_his_words():
    text = ('Tomas Brandt spoke in Marenburg. "It is very disappointing," he said.\n\nMr Kellan has failed to tackle '
            'these problems, he claimed, saying he has the "wrong solution" to them.')
    assert quotes_of(text)[-1] == ("wrong solution", "Tomas Brandt")


def test_a_quote_alone_after_reported_speech_whose_verb_inside_is_progressive():
    text = ("Lena Ward spoke on Monday.\n\nJon Dalby said that for decades critics had been predicting the port "
            'would close, but this would not happen.\n\n"That is because this port remains vital."')
    assert quotes_of(text) == [("That is because this port remains vital.", "Jon Dalby")]
    # but a participle's clause there has a subject of its own
    text = ("Jon Dalby spoke on Monday.\n\nLena Ward said the vote was lost, with critics saying the port would "
            'close.\n\n"It is a disgrace."')
    assert quotes_of(text) == [("It is a disgrace.", None)]


def test_a_name_set_off_after_the_role_opening_a_sentence_heads_it():
    text = ("Jon Dalby built the ferry line.\n\nHis former business partner at Halvard, Lena Ward, called him a "
            'master at deals. "He showed again and again an ability to put together deals."')
    assert quotes_of(text) == [("He showed again and again an ability to put together deals.", "Lena Ward")]


def test_a_quote_after_a_long_sentence_a_name_and_its_speech_verb_close_is_that_ones():
    text = ("Jon Dalby runs the yard.\n\nInstead, parts of the old ferry were fitted to the new boat launched last "
            'year, and other parts should be ready by next spring, Dalby said. "The major story will be a rebound '
            'in sales."')
    assert quotes_of(text) == [("The major story will be a rebound in sales.", "Jon Dalby")]
    assert quotes_of(text.replace("Dalby said.", "Dalby, the yard's owner, said."))[0][1] == "Jon Dalby"
    # not a name inside the sentence that the verb closes (`the date Dalby said`), nor one whose sentence goes on
    for end in ("by the date Dalby said.", "by next spring, Dalby said, and the union agreed."):
        assert quotes_of(text.replace("by next spring, Dalby said.", end))[0][1] is None, end


def test_one_named_before_a_role_whose_comma_is_left_open_speaks_before_the_quote():
    for text in ('Arvid Kellan spoke on Monday. Lena Ward, a prospective parliamentary candidate said Mr Kellan had '
                 'roused the party: "I think every voter should meet him."',
                 'But Lena Ward, a Marenburg-based entertainment lawyer said, "I think every voter should meet him."',
                 'Arvid Kellan spoke. Lena Ward, the harbour master said the port had shut: "I think every voter '
                 'should meet him."'):
        assert quotes_of(text)[-1] == ("I think every voter should meet him.", "Lena Ward"), text
    # not a role after an opening phrase's comma, nor a role whose words go on with the name's sentence
    text = ('In an interview with the hosts Jon Dalby and Lena Ward, the candidate stated that the plans do not '
            '"fit with what I knew".')
    assert quotes_of(text)[0][1] != "Lena Ward"
    for said in ("said,", "said on Monday,", "told reporters,", "said:"):
        text = f'Arvid Kellan spoke on Monday. Lena Ward, a top aide {said} "is very confident in the contrast".'
        assert quotes_of(text)[-1][1] != "Lena Ward", said
    # nor one who does not head the sentence: what the official speaks of, or of an opening phrase
    for text in ('Among the dead was Jon Dalby, a local official said: "He was a good man."',
                 'After meeting Jon Dalby, a senior official said: "The talks went well."'):
        assert quotes_of(text) == [(text.split('"')[1], None)], text


def test_a_quote_after_a_sentence_a_speech_verbs_opening_phrase_opens_is_its_subjects():
    text = ("Jon Dalby spoke. Arvid Kellan listened.\n\nWriting in the Marenburg Courier, Mr Kellan outlined his view "
            'of where the party should go. "As our manifesto will make clear, we must go on."')
    assert quotes_of(text) == [("As our manifesto will make clear, we must go on.", "Arvid Kellan")]
    # only after an opening phrase a speech verb opens (not `In Marenburg, Mr Kellan met Lena Ward, who said…`),
    # and not a name further into the main clause, nor a body
    text2 = ('Jon Dalby spoke.\n\nIn Marenburg on Monday, Mr Kellan met Lena Ward, who said the port would close. '
             '"It is over."')
    assert quotes_of(text2)[0][1] != "Kellan"
    for main in ("the minister praised Mr Kellan's view", "Halvard Ltd outlined its view", "Mr Kellan's widow wept",
                 "the old minister thanked Jon Dalby for the view"):
        changed = text.replace("Mr Kellan outlined his view", main)
        assert quotes_of(changed)[0][1] not in ("Arvid Kellan", "Halvard Ltd", "Jon Dalby"), main
    # a title may stand before the name
    changed = text.replace("Mr Kellan outlined", "Finance Minister Arvid Kellan outlined")
    assert quotes_of(changed)[0][1] == "Arvid Kellan"


def test_today_or_yesterday_between_a_name_and_its_speech_verb():
    for when in ("today", "yesterday", "tonight"):
        text = f'Chancellor Jon Dalby spoke. Dalby {when} said "output appears to be rising, if anything, faster."'
        assert quotes_of(text) == [("output appears to be rising, if anything, faster.", "Jon Dalby")], when


def test_a_person_of_a_body_speaks_past_the_bodys_letters_in_apposition():
    text = ('Jon Dalby, president of the Marenburg Harbour Board, MHB, told the Courier that the plan was a '
            '"worthwhile exercise".')
    assert quotes_of(text) == [("worthwhile exercise", "Jon Dalby")]
    # not letters the story gives another body
    text = ('Jon Dalby, president of the Marenburg Harbour Board, Halvard Ltd, told the Courier that the plan was a '
            '"worthwhile exercise".')
    assert quotes_of(text)[0][1] != "Jon Dalby"


def test_nice_is_a_city_not_someone():
    text = ("In a tweet, the city of Nice urged people to seek shelter. Lena Ward, a journalist visiting Nice on "
            'holiday, told the Courier it was chaos. "We ran," she said, speaking by phone from Nice.')
    assert set(people(text)) == {"Lena Ward"}


def test_an_organisations_possessive_before_a_surname_named_before_is_the_persons():
    text = ('"Hong Kong welcomes us," said Jon Dalby, a manager of the Bank of Marenburg. Others agreed. '
            '"We can have access to traders," said Bank of Marenburg\'s Dalby.')
    r = extract(text)
    assert [q.speaker for q in r.quotes] == ["Jon Dalby", "Jon Dalby"]
    assert {o.name for o in r.organisations} == {"Bank of Marenburg"}
    # a word no one of the story is named by stays a part of the name (`Association of Children's Hospices`)
    text = "Lena Ward spoke. The Bank of Marenburg's Ferrymen came."
    assert {o.name for o in extract(text).organisations} == {"Bank of Marenburg's Ferrymen"}


def test_a_body_the_lists_know_by_one_word_is_one_wherever_the_story_names_it():
    # `the Bundesbank` mid-sentence, first named so (a body's word alone is none: `the Union said`)
    assert set(orgs("Purchases reached a record, the Bundesbank said.")) == {"Bundesbank"}
    assert set(orgs("Central banks, including the Bundesbank, had followed the Federal Reserve Board.")) == {
        "Bundesbank", "Federal Reserve Board"}
    assert orgs("Prices rose, the Union said.") == {}
    text = ('Prices rose 0.2 pct, Statistics Canada said.\n\n'
            '"Part was due to the dollar," the federal agency said.')
    assert quotes_of(text) == [("Part was due to the dollar,", "Statistics Canada")]


def test_a_faith_after_a_word_is_no_ones_name_and_a_churchs_name_is_a_body():
    assert people("Talks were held with Protestant and Roman Catholic officials.") == {}
    assert people("The talks were held with the mediation of the Greek Orthodox church.") == {}
    text = "The Roman Catholic Church said it would close the school."
    assert people(text) == {} and set(orgs(text)) == {"Roman Catholic Church"}
    # a given name before a surname that is a body's word is still a person
    assert set(people("Charlotte Church said she would sing.")) == {"Charlotte Church"}


def test_places_and_firms_the_lists_know_that_read_like_people():
    text = ("Dry weather prevailed in southwestern Minas Gerais and Mato Grosso. The St. Lawrence Seaway is to "
            'reopen. "It will pass," said Carroll McEntee and McGinley analyst Brian Singer, and Barclays de Zoete '
            "Wedd analyst Rick May agreed.")
    assert set(people(text)) == {"Brian Singer", "Rick May"}
    assert set(orgs(text)) == {"Carroll McEntee and McGinley", "Barclays de Zoete Wedd"}
    # a unit named after such a firm, `and` and all, is one organisation
    text = '"It is a trading range," Carroll McEntee and McGinley Futures debt analyst Brian Singer said.'
    assert set(people(text)) == {"Brian Singer"} and set(orgs(text)) == {"Carroll McEntee and McGinley Futures"}
    text = ("Duff and Phelps Selected Utilities Inc said it approved higher dividends.\n\n"
            "Duff and Phelps first monthly dividend was paid on March 10, it noted.")
    assert set(orgs(text)) == {"Duff and Phelps Selected Utilities Inc", "Duff and Phelps"}
    assert "Jon Dalby" in people("Shares rose, said Duff and Phelps Chairman Jon Dalby.")
    # and a list after it is a list (`Bradford and Bingley and Halvard Bank`)
    found = orgs("Shares in Bradford and Bingley and Halvard Bank fell on Monday.")
    assert "Bradford and Bingley" in found and not any(name.endswith("Bank") and "Bingley" in name
                                                      for name in found)
    # two places joined by `and`, a given name opening the first, are no one; a firm of two words is a firm
    assert people("Rain fell in Minas Gerais and Parana.") == {}
    text = 'Gulf and Western Inc denied it.\n\n"Niagara Mohawk is shifting blame," Gulf and Western said.'
    assert quotes_of(text) == [("Niagara Mohawk is shifting blame,", "Gulf and Western Inc")]


def test_a_work_named_by_one_word_is_no_one():
    assert people("Critics loved it. Quirky comedy Sideways was named the best film. Sideways tells of two men.") == {}
    assert people("The band won for their hit Vertigo. Vertigo topped the chart for weeks.") == {}
    # `hit` as a verb is no work's noun
    assert set(orgs("Low-cost airlines hit Ferrowave. Ferrowave said its sales fell.")) == {"Ferrowave"}
    # one the story titles, or speaks of as he or she, stays a person
    assert "Dynamite" in people("Ms Dynamite won. The hit Dynamite charted. Ms Dynamite was thrilled.")
    assert "Borat" in people("Critics loved the comedy Borat. Borat said he was proud of it.")
    assert "Borat" in people("Critics loved the comedy Borat. Borat, 34, smiled as he was proud of it.")
    # nor one who plays in the work, nor one who speaks
    assert "Dalby" in people("In the film Dalby plays a detective. Mr Dalby was praised for it.")
    assert quotes_of('In the film Dalby was praised. "It was hard," Dalby told reporters.') == [("It was hard,",
                                                                                                 "Dalby")]


def test_a_known_firm_that_is_also_a_common_word_is_one_where_its_sentence_goes_on_with_its():
    assert set(orgs("Analysts said Apple had done well. Apple has expanded its iPod family.")) == {"Apple"}
    assert orgs("She ran in the Big Apple, and its streets were full.") == {}
    assert orgs("Apple pie is served with cream.") == {}
    # only a verb of its own, right after the word, then `its` (not a copula, nor the word as an object)
    for text in ("Apple pie is popular for its simplicity.", "Chelsea is known for its shops.",
                 "Chelsea was known for its shops.", "Visitors to Chelsea love its markets.",
                 "Apple pies taste of its fruit."):
        assert orgs(text) == {}, text
    assert set(orgs("Chelsea extended its lead at the top.")) == {"Chelsea"}


def test_unions_and_firms_named_by_one_word_speak():
    text = ('Unions met on Saturday.\n\nA spokesman for Unison, Britain\'s biggest union, said after the meeting: '
            '"At least we are still talking."')
    assert quotes_of(text) == [("At least we are still talking.", "Unison")]
    assert set(orgs("Along with the GMB and Unison, Amicus worked closely with T-Mobile and Worldcom.")) == {
        "GMB", "Unison", "Amicus", "T-Mobile", "Worldcom"}


def test_a_speech_verb_in_the_progressive_is_its_subjects():
    text = 'Labour made low inflation its theme.\n\nAnd on Thursday Mr Kellan is saying: "I want to talk about growth."'
    assert quotes_of(text) == [("I want to talk about growth.", "Kellan")]
    text = 'Jon Dalby spoke first. Now Lena Ward is promising "jobs, jobs, jobs" to the port.'
    assert quotes_of(text) == [("jobs, jobs, jobs", "Lena Ward")]
    # not a subject inside what someone else is reported to say, nor `is continuing`, which says nothing
    text = ('Jon Dalby was criticised. But Lena Ward has insisted Mr Dalby was speaking about adults and his '
            'words were "a recognition that people will drink".')
    assert quotes_of(text)[0][1] != "Jon Dalby"
    text = ('The Harbour Board is continuing an inquiry into the practice of "parking" ferries, said Jon Dalby, a '
            'lawyer with the board.')
    assert quotes_of(text) == [("parking", "Jon Dalby")]
    # nor a name inside a noun phrase or a clause, nor a verb that also means something else
    assert quotes_of('What Lena Ward is saying is "nonsense", Jon Dalby said.') == [("nonsense", "Jon Dalby")]
    assert quotes_of('Lena Ward spoke. The reform Jon Dalby is promising would be "a disaster", economists '
                     'warn.')[0][1] != "Jon Dalby"
    assert quotes_of('Lena Ward spoke. Now Jon Dalby is charging clients a "success fee".')[0][1] != "Jon Dalby"
    # a passive is no progressive: the one said to be something does not speak
    assert quotes_of('Lena Ward spoke. Jon Dalby is said to be "furious" with the board.')[0][1] != "Jon Dalby"


def test_a_quote_after_a_sentence_given_to_someone_by_according_to_is_theirs():
    text = ('Jon Dalby spoke.\n\nThe problem, according to Mr Kellan, is not the port but the tax. '
            '"I have a new slogan."')
    assert quotes_of(text) == [("I have a new slogan.", "Kellan")]
    changed = text.replace("according to Mr Kellan,", "according to Finance Minister Arvid Kellan,")
    assert quotes_of(changed) == [("I have a new slogan.", "Arvid Kellan")]
    # not where the quote has an attribution of its own, nor where someone else opens the main clause
    assert quotes_of('According to Jon Dalby, the fire started at 3am. "We heard screaming," one neighbour '
                     'said.')[0][1] is None
    assert quotes_of('According to Jon Dalby, Lena Ward was furious. "I will not resign."')[0][1] != "Jon Dalby"
    # not a body, an owner, nor a name that goes on to others (`according to Mr Kellan and his aides`)
    for other in ("according to Halvard Ltd,", "according to Mr Kellan's aide,",
                  "according to Mr Kellan and his aides,"):
        assert quotes_of(text.replace("according to Mr Kellan,", other))[0][1] not in (
            "Kellan", "Halvard Ltd"), other


def test_a_quote_after_a_sentence_one_described_and_set_off_heads_is_theirs():
    text = ('"I have a new slogan," said Jon Dalby. His friend, Saxon Kellan, leader of the harbour group, lays the '
            'blame on one issue. "You cannot underestimate the war."\n\nMrs Kellan wrote a book.')
    assert [s for _q, s in quotes_of(text)] == ["Jon Dalby", "Kellan"]
    # not one the quote speaks of (`"He was a lovely man…"`), nor where the quote has its own attribution
    assert quotes_of('Police named the victim. The dead man, Jon Dalby, was a teacher. "He was a lovely man."'
                     )[0][1] is None
    assert quotes_of('Fans queued. Their hero, Jon Dalby, missed the match. "We are gutted," one fan said.'
                     )[0][1] is None
    # one set off so who is no person does not speak, nor one not set off
    for other in ("His union, Halvard Ltd, leader", "His friend, Arvid Kellan and the leader"):
        assert quotes_of(text.replace("His friend, Saxon Kellan, leader", other))[1][1] not in (
            "Kellan", "Halvard Ltd", "Arvid Kellan"), other


def test_a_quote_a_paper_quotes_him_or_her_as_saying_is_theirs_not_the_papers():
    text = ('Exports were not hurt, Chairman Jon Dalby told a Valdorian newspaper.\n\n'
            '"We exported all we could," the Marenburg Courier quoted him as saying.')
    assert quotes_of(text) == [("We exported all we could,", "Jon Dalby")]
    assert quotes_of(text.replace("Chairman Jon Dalby", "Chairwoman Lena Ward").replace("him", "her")) == [
        ("We exported all we could,", "Lena Ward")]
    # the one after `quoted` when named stays the one quoted
    changed = text.replace("quoted him", "quoted Arvid Kellan")
    assert quotes_of(changed) == [("We exported all we could,", "Arvid Kellan")]


def test_a_quote_alone_before_a_name_whose_verb_announces_the_next_quote_goes_on_from_the_last_speaker():
    text = ('Jon Dalby and Lena Ward agree. "How you respond is what marks you out," argues Dalby.\n\n'
            '"One challenge is how you turn it round." And Ward says: "I think this will make her."')
    assert quotes_of(text) == [("How you respond is what marks you out,", "Jon Dalby"),
                               ("One challenge is how you turn it round.", "Jon Dalby"),
                               ("I think this will make her.", "Lena Ward")]
    changed = text.replace("And Ward says:", "Ward says:")
    assert [s for _q, s in quotes_of(changed)] == ["Jon Dalby", "Jon Dalby", "Lena Ward"]
    # past `And`, also before a name that is a speech verb's form (`And Yelling says:`)
    changed = text.replace("Lena Ward", "Ilse Yelling").replace("And Ward says:", "And Yelling says:")
    assert [s for _q, s in quotes_of(changed)] == ["Jon Dalby", "Jon Dalby", "Ilse Yelling"]
    # a name and a verb closing the quote's sentence are its attribution
    changed = text.replace('And Ward says: "I think this will make her."', "Ward said.")
    assert quotes_of(changed)[1][1] != "Jon Dalby"


def test_the_name_after_a_speech_verb_stops_at_its_relative_clause_and_its_sentences_stop():
    text = ('Jon Dalby introduced guitarist Arvid Kellan. "My course was set and he was my pilot," said Dalby who '
            'joined Kellan and Lena Ward on stage.')
    assert quotes_of(text) == [("My course was set and he was my pilot,", "Jon Dalby")]
    # not a name in a clause after someone only described
    text = '"They are ready to talk," said one analyst who attended the Halvard Ltd meeting.'
    assert quotes_of(text)[0][1] != "Halvard Ltd"
    text = ('The Vantage is "the most important car in our history", said Halvard\'s chief executive Ulrich Bez. '
            'Jon Dalby - whose cars Lena Ward drove - will unveil it.')
    assert quotes_of(text) == [("the most important car in our history", "Ulrich Bez")]
    # a title's stop is no sentence's
    text = '"This is a waste of time," said Del. Lena Osk of the Virgin Islands.'
    assert quotes_of(text) == [("This is a waste of time,", "Lena Osk")]


def test_dismissed_hailed_and_labelled_as_speech_verbs():
    text = 'The Harbour Board dismissed the plan as "desperate", while Halvard Ltd said it was misdirected.'
    assert quotes_of(text) == [("desperate", "Harbour Board")]
    text = 'Jon Dalby spoke. Lena Ward hailed the side\'s win as a "special" one.'
    assert quotes_of(text) == [("special", "Lena Ward")]
    text = 'Jon Dalby spoke. Lena Ward labelled the port schemes "a pile of pants".'
    assert quotes_of(text) == [("a pile of pants", "Lena Ward")]
    # what is hailed or dismissed is no one, and no speaker (`dismissed it as "…"`, as `called it "…"`)
    # `hails from` says where one is from: no speech, so no quote for scare quotes near it
    assert quotes_of('Jon Dalby, who hails from a family of fishermen, knows the "harsh reality" of the sea.') == []
    assert quotes_of('Jon Dalby, who hails from Marenburg, said "the sea is cruel".') == [("the sea is cruel",
                                                                                          "Jon Dalby")]
    assert quotes_of('Lena Ward spoke. Jon Dalby, who hails from a family of fishermen, knows the "harsh reality '
                     'of life at sea and its danger" well.')[0][1] is None
    for verb in ("hailed", "labelled", "dismissed"):
        assert set(people(f"Lena Ward {verb} Ferrowave warmly.")) == {"Lena Ward"}, verb
    for verb in ("dismissed it as", "hailed it as"):
        assert quotes_of(f'Halvard Ltd spoke. Many {verb} "nonsense".') == [("nonsense", None)], verb


def test_words_woven_in_after_an_and_joined_verb_go_back_past_verbs_inside_what_was_reported():
    text = ('Arvid Kellan spoke. Kellan said he had discussed these claims with the minister and dismissed them as '
            'a "load of nonsense".')
    assert quotes_of(text) == [("load of nonsense", "Arvid Kellan")]
    # a place is no description of a speaker (`the Soviet Union`, not `the union`)
    text = ('Jon Dalby met the Marenburg Dockers Union. For its part the Soviet Union has said its missions are '
            'watched and has accused Valdoria of "spy-mania."')
    assert quotes_of(text)[0][1] != "Marenburg Dockers Union"


def test_an_organisations_spokesman_speaks_for_it_through_his_who():
    text = 'The claim was denied by a Harbour Board spokesman, who said: "The accusations are empty."'
    assert quotes_of(text) == [("The accusations are empty.", "Harbour Board")]
    text = 'Jon Dalby could "hardly stand", said a Halvard Ltd spokesman, who added he is now "resting" at home.'
    assert [s for _q, s in quotes_of(text)] == ["Halvard Ltd", "Halvard Ltd"]


def test_a_he_after_a_partys_own_spokesman_is_the_party():
    text = ('Jon Dalby spoke. A Labour Party spokesman told the Courier the party avoided those lists. But that did '
            'not happen for such calls. "When we ask, that is not marketing," he said.')
    assert quotes_of(text) == [("When we ask, that is not marketing,", "Labour Party")]
    # a party's spokesman for a field is a politician, not the party
    changed = text.replace("A Labour Party spokesman", "The Labour home affairs spokesman")
    assert quotes_of(changed)[0][1] != "Labour Party"


def test_letters_the_story_spells_out_in_small_words_are_a_things():
    text = "Exports of crude palm oil (CPO) rose. CPO prices fell, and yen commercial paper, CP, comes in October."
    assert orgs(text) == {}
    # not letters a comma only happens to follow words before (`a general meeting, GM said`), nor letters that speak
    text = 'Shareholders will vote at a general meeting, GM said on Monday. "We expect approval," GM said.'
    assert set(orgs(text)) == {"GM"} and quotes_of(text) == [("We expect approval,", "GM")]
    assert set(orgs("Sales held up despite higher prices, HP shares rose on Tuesday.")) == {"HP"}
    text = "Crowds came to the world rowing championships (WRC). The WRC said tickets sold well."
    assert set(orgs(text)) == {"WRC"}
    # a body written small is still one, and a name written in capitals spells its own letters
    assert set(orgs("The Fed's policy-making federal open market committee, FOMC, meets today.")) >= {"FOMC"}
    found = orgs("The Securities and Exchange Commission (SEC) said so. The SEC agreed.")
    assert set(found) == {"Securities and Exchange Commission"} and "SEC" in found[
        "Securities and Exchange Commission"].aliases


def test_a_wires_capital_after_us_before_small_words_is_no_name():
    text = "Spot oil prices surged in late U.S. Trading as the market rose, and U.S. Credit markets eased."
    assert orgs(text) == {}
    # the state's bodies and firms that speak stay
    assert set(orgs("The U.S. Navy said a frigate was hit.")) == {"U.S. Navy"}
    assert set(orgs("U.S. Trust said profits rose.")) == {"U.S. Trust"}


def test_a_quote_after_someone_unnamed_of_somewhere_inherits_no_speaker():
    text = ('"On balance, nothing happened," Jon Dalby, economist at Halvard Securities said.\n\n'
            '"This is a storm in a teacup," a dealer with a Valdorian bank commented.')
    assert [s for _q, s in quotes_of(text)] == ["Jon Dalby", None]
    # but a name after the verb is the speaker's
    changed = text.replace("a dealer with a Valdorian bank commented", "a dealer with Halvard Ltd, Lena Ward, said")
    assert [s for _q, s in quotes_of(changed)][1] == "Lena Ward"


def test_a_bodys_word_before_a_spokesman_names_the_body_the_story_named():
    text = 'Prices fell at the Marenburg Stock Exchange. "No comment," an Exchange spokesman said.'
    assert quotes_of(text) == [("No comment,", "Marenburg Stock Exchange")]
    # not a body's word no body of the story ends or opens with
    assert quotes_of('Prices fell. "No comment," an Exchange spokesman said.') == [("No comment,", None)]


def test_a_he_after_a_sentence_a_spokesman_closes_is_his_body_or_nobody_named():
    text = ('Jon Dalby spoke. Talks with Halvard Ltd are continuing, a Halvard spokesman said.\n\n'
            '"We are close," he added.')
    assert quotes_of(text) == [("We are close,", "Halvard Ltd")]
    changed = text.replace("a Halvard spokesman", "a company spokesman")
    assert quotes_of(changed) == [("We are close,", None)]
    # a description after it is someone else the story has named so
    changed = text.replace("he added", "the tycoon added").replace("Jon Dalby spoke.", "Tycoon Jon Dalby spoke.")
    assert quotes_of(changed)[0][1] != "Halvard Ltd"


def test_a_he_skips_a_name_in_an_aside_a_preposition_opens():
    text = ("Valdoria, despite having Jon Dalby still out injured, have been boosted by the return of skipper Arvid "
            'Kellan who missed the last game. "The knowledge the match was coming really helped," he said.')
    assert quotes_of(text) == [("The knowledge the match was coming really helped,", "Arvid Kellan")]


def test_a_he_after_a_quote_a_spokesman_closes_and_a_named_spokesman():
    text = ('Halvard Ltd is trading normally. "It has had no disruption," a Halvard spokesman said.\n\n'
            'He added, "The firm has never been healthier."')
    assert [s for _q, s in quotes_of(text)] == ["Halvard Ltd", "Halvard Ltd"]
    # `the presidential spokesman` the story named is that person
    text = ('Presidential spokesman Jon Dalby spoke. "It is nothing to be alarmed about," the presidential '
            'spokesman added.\n\n"We do not want a trade war," he said.')
    assert quotes_of(text)[1] == ("We do not want a trade war,", "Jon Dalby")


def test_the_actress_after_an_actress_named_is_her_but_a_waitress_is_someone_unnamed():
    text = ("Lena Ward cancelled an appearance at the premiere.\n\nThe actress and singer dropped out at the last "
            'minute. She said: "I very much wanted to be in London."')
    assert quotes_of(text) == [("I very much wanted to be in London.", "Lena Ward")]
    for unnamed, pronoun in (("A waitress at the hotel", "She"), ("A waiter at the hotel", "He")):
        changed = text.replace("The actress and singer", unnamed).replace("She said", f"{pronoun} said")
        if pronoun == "He":
            changed = changed.replace("Lena Ward", "Jon Dalby")
        assert quotes_of(changed)[0][1] is None, unnamed


def test_a_name_after_a_preposition_in_the_clause_after_a_quote_is_not_its_speaker():
    text = ('Jon Dalby spoke.\n\n"This government has run out of answers," Mr Dalby told MPs. "Their only answer is '
            'to tax." He ended with a challenge to the Harbour Board, saying "bring it on".')
    assert [s for _q, s in quotes_of(text)] == ["Jon Dalby"] * 3
    # `by` and `from` name an author (`the letter from Halvard Ltd said`), and `of` the body one named is of
    text = 'Halvard Ltd wrote. "We will bid again," the letter from Halvard Ltd said.'
    assert quotes_of(text) == [("We will bid again,", "Halvard Ltd")]
    text = '"They have a placebo effect," panel member Jon Dalby of the University of Marenburg said.'
    assert quotes_of(text) == [("They have a placebo effect,", "Jon Dalby")]


def test_the_verbs_of_an_askers_relative_clause_leave_the_question_to_the_asker():
    text = ('Lena Ward spoke. Jon Dalby was asked by host Arvid Kellan, who is supporting him, but has previously '
            'dismissed the story, "Now, you famously said you were tired of it?"')
    assert quotes_of(text)[0][1] == "Arvid Kellan"
    # not without the asker's relative clause: the one asked goes on to dismiss it himself
    text = 'Lena Ward spoke. Jon Dalby was asked by Arvid Kellan about the story and dismissed it as "old news".'
    assert quotes_of(text)[0][1] != "Arvid Kellan"


def test_a_title_word_before_a_government_bodys_word_is_the_bodys_portfolio():
    # `Justice` is a judge's title, and the portfolio of a ministry: before `Department` or `Ministry`, the body's
    text = ('The Justice Department refused to say if it would appeal. "We are reviewing the ruling," a '
            'spokeswoman said. The Valdorian Justice Ministry declined to comment. Justice Minister Ana Lenz '
            'was abroad, and Justice Corin Dahl heard the case.')
    assert set(orgs(text)) == {"Justice Department", "Valdorian Justice Ministry"}
    assert set(people(text)) == {"Ana Lenz", "Corin Dahl"}
    assert quotes_of(text) == [("We are reviewing the ruling,", "Justice Department")]
    # the same for any one-word title: `the Economist Intelligence Unit` is one body, no economist's unit
    assert set(orgs("The Economist Intelligence Unit said growth would slow.")) == {"Economist Intelligence Unit"}
    # not before another kind of body's word: `Bishop Church` is a man called Church, no church of bishops
    assert orgs("Senator Frank Church spoke. Bishop Church agreed, and Judge Court said so.") == {}


def test_a_trade_word_alone_after_the_opens_one_name_with_and_inside_it():
    # `the Shipping and General Workers' Union`: `the Shipping` names nothing, and `General` is no rank here
    text = ("Dock staff, the Shipping and General Workers' Union's 70,000 among them, will strike. "
            "The Transport and General Dockers Union said it would join them. The Energy and Harbours "
            "Committee met on Monday.")
    assert set(orgs(text)) == {"Shipping and General Workers' Union",
                               "Transport and General Dockers Union", "Energy and Harbours Committee"}
    assert people(text) == {}
    # two names still part where the left one is a name of its own (`Halvorsen Shipping and General Motors`)
    assert set(orgs("Shares in Halvorsen Shipping and General Motors fell.")) == {"Halvorsen Shipping",
                                                                               "General Motors"}
    # and a titled person after a body stays a person (`the Transport Ministry and General Ana Lenz`)
    assert set(people("The Transport Ministry and General Ana Lenz signed it.")) == {"Ana Lenz"}


def test_a_plurals_apostrophe_before_a_members_body_is_part_of_its_name():
    text = ("Exports rose, the Valdorian Coffee Growers' Federation said. The Ferry Pilots’ Association (FPA) "
            "objected, and barges traded on the St Arvid Merchants' Exchange.")
    assert set(orgs(text)) == {"Valdorian Coffee Growers' Federation", "Ferry Pilots’ Association",
                               "St Arvid Merchants' Exchange"}
    assert "FPA" in orgs(text)["Ferry Pilots’ Association"].aliases
    assert people(text) == {}  # `Arvid Merchants` is nobody
    # and so it is where the body owns what follows (`the Musicians' Union's leader`)
    assert set(orgs("The Ferry Pilots' Union's leader spoke.")) == {"Ferry Pilots' Union"}
    # an owner's apostrophe before another kind of body's word stays an owner's
    assert not any("Islands'" in o for o in orgs("The Kestrian Islands' Board of Investments approved it."))
    # and a person's, after a given name, where the story names her without it
    text = "Grayson has introduced Marta Jennis’ College for All Act. Grayson has endorsed Jennis."
    assert "Marta Jennis" in people(text) and not any("College" in o for o in orgs(text))
    # and a word closing single quotes is no plural's
    assert not any("'" in o for o in orgs("Delegates called it the 'Green' Union of the harbour towns."))


def test_a_field_before_a_government_bodys_word_names_it_without_the():
    # a field word the lists hold as no name, or spelt like a speech verb, opens the body's name all the same
    assert set(orgs("Exports rose 4 pct, Statistics Bureau figures show.")) == {"Statistics Bureau"}
    assert set(orgs("Exports rose, a Statistics Office statement said.")) == {"Statistics Office"}
    text = 'Aid was cut. State Department spokesman Corin Dahl told reporters: "We regret it."'
    assert set(orgs(text)) == {"State Department"} and set(people(text)) == {"Corin Dahl"}
    # not a sentence's word, nor a legislature (`In Congress`, `Republican Senate`)
    assert orgs("In Congress, Republican Senate leaders and Top Senate aides met.") == {}
    assert orgs("Prices rose. But Ministry officials said so. Tuesday Department figures show it.") == {}


@pytest.mark.parametrize("text, body, person", [
    # the title holds the body's word
    ("The team was headed by Kestrian Central Bank Governor Ana Lenz.", "Kestrian Central Bank", "Ana Lenz"),
    ("The sources said Deputy Central Bank Governor Corin Dahl left.", "Central Bank", "Corin Dahl"),
    ("Valdorian Supreme Court Justice Marta Osk spoke.", "Valdorian Supreme Court", "Marta Osk"),
    # another title follows the body
    ("Marenburg Police Commissioner Sir Jon Dalby backed the change.", "Marenburg Police", "Jon Dalby"),
    ("Ex-Harbour Office Minister Lord Arvid Kellan denied it.", "Harbour Office", "Arvid Kellan"),
])
def test_the_body_named_before_an_officers_title_is_an_organisation(text, body, person):
    assert set(orgs(text)) == {body} and set(people(text)) == {person}


def test_the_words_before_an_officers_title_stay_whole_where_they_hold_more_than_the_body():
    # a firm's legal form after its body's word, and a connector inside the name, are read as before
    assert set(orgs("Halvard Bank Corp Chairman Jon Dalby said so.")) == {"Halvard Bank Corp"}
    found = orgs("The Council on Valdorian Relations National Executive Director Ana Lenz says so.")
    assert len(found) == 1 and next(iter(found)).startswith("Council on Valdorian Relations")
    # a body's word alone before two titles is no body's name (`Committee Chairman` of the body named before)
    assert orgs("Commission President Justice Ana Lenz said so. Committee Chairman Rep. Jon Dalby agreed.") == {}


@pytest.mark.parametrize("text, party", [
    ("Osk surged as the Valdorian Republican Party’s frontrunner.", "Valdorian Republican Party"),
    ("Kellan is the Republican Party's nominee.", "Republican Party"),
    ("The ruling Liberal Democratic Party's (LDP) leaders met.", "Liberal Democratic Party"),
    ("It showed the Republican National Committee's reach.", "Republican National Committee"),
])
def test_a_partys_possessive_keeps_the_label_that_opens_its_name(text, party):
    assert set(orgs(text)) == {party}


@pytest.mark.parametrize("text, body", [
    # a title's word before only a firm's legal form or a party's word is the name's own word
    ("Singer Co said its flight simulator was approved.", "Singer Co"),
    ("It sold notes to Halvard Thomson Deacon Inc and others.", "Halvard Thomson Deacon Inc"),
    ("Ruling Democratic Justice Party executives met today.", "Democratic Justice Party"),
    ("The study, conducted at Duke University, showed it.", "Duke University"),
    # and so is a league's, an association's or a union's word (`Premier League`: `Premier` no premier's title)
    ("The Premier League said it would hold an inquiry.", "Premier League"),
    ("Tickets at the Student Union sold out.", "Student Union"),
    # a debt's grade before the debtor's name is no part of it, nor `Pte` before the legal form it opens
    ("Rating agencies cut to BBB-plus from A-minus Halvard Gas Co's debt.", "Halvard Gas Co"),
    ("Its unit Halvard Devices (S) Pte Ltd stopped selling tubes.", "Halvard Devices"),
])
def test_a_title_word_or_a_grade_before_a_firms_legal_form(text, body):
    assert set(orgs(text)) == {body}


def test_a_title_before_a_name_stays_a_title_next_to_a_firm():
    assert set(people("Singer Marta Osk left Halvard Co.")) == {"Marta Osk"}


def test_a_leagues_spokesman_speaks_for_the_league_that_a_title_word_opens():
    text = 'Both clubs will give evidence. "It is hard to put a date on it," a Premier League spokesman said.'
    assert quotes_of(text) == [("It is hard to put a date on it,", "Premier League")]
    assert set(people("Premier Ana Lenz met the Premier League's chief.")) == {"Ana Lenz"}


def test_a_french_elided_particle_ends_a_name_and_foreign_firm_words_name_firms():
    text = "Former Valdorian President Arvid Kellan d'Osterre said so. Kellan d'Osterre added more."
    [person] = extract(text).persons
    assert person.name == "Arvid Kellan d'Osterre" and "Kellan d'Osterre" in person.aliases
    # and a firm's foreign word names a firm (not `Compagnie Generale`, a man of title `General`)
    for name in ("Compagnie Generale d'Halvardie", "Cie Financiere de Marenburg", "Gruppo Vendrago",
                 "Societe Nationale des Ferries", "Caisse Centrale des Ports"):
        result = extract(f"{name} said it would buy the stake.")
        assert result.persons == [] and [o.name for o in result.organisations] == [name], name


def test_a_word_written_small_before_a_named_persons_surname_is_no_given_name():
    # the headline's role word, before the surname of someone the story names in full, confirmed as a person by
    # a speech verb: the surname is his, and `Prodigy Kellan` is nobody
    text = ("Prodigy Kellan blows away Osk\n\nValdorian prodigy Arvid Kellan beat the champion Jon Osk. Kellan, "
            'who was given a wildcard, said: "This is my first win."')
    result = extract(text)
    kellan = next(p for p in result.persons if p.name == "Arvid Kellan")
    assert {p.name for p in result.persons} == {"Arvid Kellan", "Jon Osk"}
    assert text.index("Kellan blows") in [s for s, _ in kellan.mentions]
    # a given name the lists do not know, which the story never writes small, still makes a second Kellan
    text = "Arvid Kellan came. Zelvo Kellan stayed behind with friends. Kellan said so."
    assert {"Arvid Kellan", "Zelvo Kellan"} <= {p.name for p in extract(text).persons}


def test_a_wires_apostrophe_typed_as_a_double_mark_opens_no_quote():
    text = ('The report says Valdoria"s growth was about zero. "This is the lowest rate since 1960," the '
            'report notes. The bank said it was concerned at the country"s budget. "That"s the lesson," '
            'Kellan said.')
    assert quotes_of(text) == [("This is the lowest rate since 1960,", None), ("That\"s the lesson,", "Kellan")]
    # a mark after a space opens a quote whatever follows (`"s and t"`)
    assert quotes_of('Kellan said: "s and t are the letters we lost."') == [
        ("s and t are the letters we lost.", "Kellan")]


def test_a_speech_verb_joined_by_and_or_but_to_the_sentences_own_is_its_subjects():
    text = ('Arvid Kellan reiterated the aim of a lower tax, but added "given the deficit, that goal cannot be '
            'reached this year." Jon Osk rejected the plan and said the talks had "gone nowhere at all."')
    assert quotes_of(text) == [("given the deficit, that goal cannot be reached this year.", "Arvid Kellan"),
                               ("gone nowhere at all.", "Jon Osk")]
    # not a verb of a clause with a subject of its own inside the sentence
    text = ('Marta Lenz was the butt of a gaffe when the host opened the envelope and declared "come on up and '
            'get it, Marta" before the prize went to another.')
    assert [speaker for _, speaker in quotes_of(text)] == [None]


def test_a_governments_seat_that_speaks_is_an_organisation_and_elsewhere_a_place():
    text = ('The White House said the rise was "unfortunate in a general sense." "We are ready," said the '
            'Pentagon. "No sales were made," a Kremlin spokesman said.')
    assert quotes_of(text) == [("unfortunate in a general sense.", "White House"), ("We are ready,", "Pentagon"),
                               ("No sales were made,", "Kremlin")]
    # where it stands as a place, or is what was claimed of, or a named spokesman's, it is no speaker
    assert orgs("Kellan met them at the White House on Friday.") == {}
    assert quotes_of('A Valdorian paper claimed Downing Street "sexed up" the dossier.') == [("sexed up", None)]
    text = '"We are at war," said Pentagon spokesman Navy Capt. Jon Dalby.'
    assert quotes_of(text) == [("We are at war,", "Jon Dalby")] and "Pentagon" not in orgs(text)


def test_a_wire_tables_note_naming_the_firm_is_read_as_names_not_as_a_headline():
    text = "Qtly div 7.1 cts vs 7.1 cts prior\nPay March 31\nNOTE: Halvard Insured Tax-Free Income Fund."
    assert set(orgs(text)) == {"Halvard Insured Tax-Free Income Fund"}
    # a note of words in capitals is no name
    assert orgs("Net 1,545,160 vs 2,188,933\nNOTE: Results Include Adjustment For Tax Changes.") == {}


def test_unnamed_people_right_before_the_speech_verb_speak_not_the_sentences_subject():
    text = ('Senator Jon McDalby spoke. But McDalby said senators told him, "There is no doubt dumping is going '
            'on," on the evidence.')
    assert quotes_of(text) == [("There is no doubt dumping is going on,", None)]
    # a participle after its object is the subject's (`emailed supporters saying`)
    text = 'Arvid Kellan was in Marenburg. The senator emailed supporters saying: "The struggle continues."'
    assert quotes_of(text) == [("The struggle continues.", "Arvid Kellan")]
    # one of a body's people, named by its word, is still the body's voice (`a State Department official said,`)
    text = 'In a statement, a Valdorian Ferries Ministry official said, "We will not speak to the content."'
    assert quotes_of(text) == [("We will not speak to the content.", "Valdorian Ferries Ministry")]


def test_a_place_opening_the_sentence_before_its_speech_verb_speaks_and_we_name_no_one():
    # the country speaks: not the organisation its `it` would otherwise be taken for
    text = ('The Harbour Trade Organisation met in Marenburg. And Australia said it was "one of the best meetings '
            'we can recall".')
    assert quotes_of(text) == [("one of the best meetings we can recall", None)]
    # a place after a name is where the speaker is from, not who speaks
    text = 'Marta Osk of Columbia, South Carolina says she thinks Kellan can win if he keeps "doing what he is doing."'
    assert quotes_of(text) == [("doing what he is doing.", "Marta Osk")]


def test_words_woven_after_a_things_verb_are_the_earlier_speakers():
    text = ('The Harbour Party met. Marta Osk spoke in Marenburg. She says it underscores that Kellan is '
            '"temperamentally unfit to lead."')
    assert quotes_of(text) == [("temperamentally unfit to lead.", "Marta Osk")]
    # not after a verb an agent does (`if it would agree…, but offered "no comment"`: the company's)
    text = ('Halvard Ltd met analysts. Jon Dalby said officials of Halvard Ltd were asked if it would agree to a '
            'takeover, but offered "no comment" in reply.')
    assert quotes_of(text)[-1][1] != "Jon Dalby"


def test_a_role_left_open_before_the_verb_speaks_when_how_it_was_said_goes_on():
    text = ('"We believe the use of plastics will grow," Jon Dalby, Halvard chairman and chief executive officer '
            'said as the reason for building the plant.')
    assert quotes_of(text) == [("We believe the use of plastics will grow,", "Jon Dalby")]


def test_review_of_the_v40_rules_each_misfire_mended():
    # a compound subject with unnamed people after `and` is still the name's
    assert quotes_of('Arvid Kellan and fellow senators said, "We will fight on."') == [
        ("We will fight on.", "Arvid Kellan")]
    # a firm's `it` that tells is the firm's, no thing's
    text = 'Arvid Kellan said Halvard Ltd would close the plant, and it told staff the market was "simply too weak".'
    assert quotes_of(text) == [("simply too weak", "Halvard Ltd")]
    # a seat after a preposition is where people stood
    text = 'Protesters outside the Kremlin said: "We will return on Sunday."'
    assert quotes_of(text) == [("We will return on Sunday.", None)] and orgs(text) == {}
    # a titled surname's apostrophe is the owner's
    text = "The bill went to Senator Jennings’ Committee on Tuesday."
    assert orgs(text) == {} and set(people(text)) == {"Jennings"}
    # a title holding a body's word alone names a body only after a place
    for title in ("Senior Police Officer", "Hedge Fund Manager", "Local Union Leader", "Opposition Party Leader",
                  "The Police Officer"):
        assert orgs(f"{title} Arvid Kellan said so.") == {}, title
    assert set(orgs("Cleveland Police Chief Arvid Kellan said so.")) == {"Cleveland Police"}
    assert set(orgs("South Carolina Democratic Party Chairman Jon Dalby agreed.")) == {
        "South Carolina Democratic Party"}
    assert set(orgs("Ex-Deputy Central Bank Governor Arvid Kellan said so.")) == {"Central Bank"}
    # how many, at a sentence's head, is no field
    assert orgs("Prices rose. Two Ministry officials said the plan had failed.") == {}


def test_the_v40_rules_look_at_a_story_once_not_once_a_name(monkeypatch):
    """Thousands of `Arvid Kellans' Union`-like names, or of officers of one body, took 18 s and 17 s where they
    take a fraction of one: a story's words and its known firms are gathered once, not searched for each."""
    from search_index.extraction import entities, single_names

    found = []
    gather = single_names._known_firms
    monkeypatch.setattr(single_names, "_known_firms", lambda *a: found.append(1) or gather(*a))
    surnames = [f"Kel{a}{b}an" for a in "bdfgklmnprstvz" for b in "aeiouy"][:80]
    text = " ".join(f"Halvard Central Bank Governor Arvid {name} spoke." for name in surnames)
    assert len(extract(text).persons) == 80 and len(found) == 1

    class Counting:
        def __init__(self, pattern):
            self.pattern, self.calls = pattern, 0

        def findall(self, text):
            self.calls += 1
            return self.pattern.findall(text)
    counting = Counting(entities._PLURAL_NOT_OWNED_RE)
    monkeypatch.setattr(entities, "_PLURAL_NOT_OWNED_RE", counting)
    text = " ".join(f"Arvid {name}s' Union met." for name in surnames) + " Kelbans spoke."
    extract(text)
    assert counting.calls == 1


def test_a_bodys_word_before_another_says_what_it_is_of_not_what_it_is_called():
    # `the Securities and Exchange Commission` is no `exchange`: `The exchange said` is the exchange's
    text = ("The Marenburg Stock Exchange said it has submitted the changes to the Securities and Exchange "
            'Commission for approval.\n\nThe exchange said, "Morning settlement would expose order imbalances."')
    assert quotes_of(text) == [("Morning settlement would expose order imbalances.", "Marenburg Stock Exchange")]
    result = extract(text)
    assert "the exchange" not in {a for o in result.organisations for a in o.aliases
                                  if o.name == "Securities and Exchange Commission"}
    text = "Halvard Corp filed its report with the Securities and Exchange Commission. Shares fell on the exchange."
    sec = next(o for o in extract(text).organisations if o.name == "Securities and Exchange Commission")
    assert "the exchange" not in sec.aliases and len(sec.mentions) == 1
    # a firm's legal form or an empty firm's word after the body's word leaves it the word it is called by
    text = "Candlewood Bank and Trust Co raised its rate. The bank said deposits rose."
    [bank] = extract(text).organisations
    assert "the bank" in bank.aliases


def test_the_body_a_description_fits_among_several_is_the_one_the_sentence_is_about():
    # `The exchange said` after two exchanges: the one the nearest sentence naming one is about, not its affiliate
    text = ("The Marenburg Stock Exchange said it and its Marenburg Futures Exchange affiliate will move the "
            "expiry of their contracts.\n\nThe exchange said it has submitted the changes to the regulator.\n\n"
            'The exchange said, "Morning settlement would expose order imbalances."')
    assert quotes_of(text) == [("Morning settlement would expose order imbalances.", "Marenburg Stock Exchange")]


def test_a_named_persons_surname_run_into_a_bodys_name_without_a_comma_is_theirs():
    # wire copy without its comma: `…with the Securities and Exchange Commission Osk said`
    text = ("Marta Erik Osk, a Marenburg investor, raised her stake in Halvard Financial Corp on Monday.\n\nIn a "
            "filing with "
            "the Securities and Exchange Commission Osk said she bought 65,000 shares.\n\nThe offer to the "
            'Valdorian Union Osk said, "well it won\'t be today," and left.')
    result = extract(text)
    assert set(orgs(text)) == {"Halvard Financial Corp", "Securities and Exchange Commission", "Valdorian Union"}
    [osk] = result.persons
    assert osk.name == "Marta Erik Osk" and len(osk.mentions) == 3
    assert quotes_of(text) == [("well it won't be today,", "Marta Erik Osk")]


def test_a_workers_federation_is_the_union_it_is_called_later():
    text = ("Halvard Energy Corp agreed to buy Brannock Power on Monday.\n\n"
            "The Federation of Ferry Workers (FFW), which represents staff at Halvard's terminal in Esselmund, said "
            "it would ask for guarantees. In a statement, the union said the news had come \"without a single word "
            'to the people who run the terminal".')
    assert quotes_of(text) == [("without a single word to the people who run the terminal", "Federation of Ferry Workers")]


def test_a_name_inside_what_was_said_does_not_take_the_speakers_words():
    # `He said Mr Kellan had spoken with "such sincerity", adding: "…"`: the words say how Kellan spoke, and are
    # Dalby's, as the quote after `adding` is
    text = ("One of the Harbour Four, Jon Dalby - who was wrongly convicted - said the families were delighted. "
            'He said Mr Kellan had spoken with "such sincerity", adding: "He went beyond what we thought he would."')
    assert quotes_of(text) == [("such sincerity", "Jon Dalby"), ("He went beyond what we thought he would.",
                                                                 "Jon Dalby")]
    # the he or she of the first verb goes on after a verb of asking someone to do something, too
    text = ('Arvid Kellan wrote to Jon Dalby. He urged Dalby to co-present the show, adding in a letter: "We are '
            'not playing games here."')
    assert quotes_of(text) == [("We are not playing games here.", "Arvid Kellan")]
    # but not past `when`: the participle goes on from the clause it follows
    text = 'Jon Dalby mocked the debate. He wrote when Mira Osk ended it, remarking, "May the river be with you."'
    assert quotes_of(text) == [("May the river be with you.", "Mira Osk")]
    # nor past another speech verb with a subject of its own: the participle goes on from that one
    text = ('Mira Osk spoke after the vote. She said the plan was fine, but Jon Dalby said it was not, adding: '
            '"It is a disaster."')
    assert quotes_of(text) == [("It is a disaster.", "Jon Dalby")]
    text = 'Jon Dalby met reporters. She said Arvid Kellan was right, Dalby said, adding: "It was a moving day."'
    assert quotes_of(text) == [("It was a moving day.", "Jon Dalby")]


def test_portuguese_do_inside_a_firms_or_a_banks_name():
    text = ("Halvard Motors do Brasil said it would give 10 days' leave. A spokesman for the Banco do Brasil's "
            "Foreign Trade Department, Cacex, said so. Wolfgang Osk, president of Volkswagen do Brasil, agreed. "
            "Rain covered Rio Grande do Sul. Why do Brazilians care?")
    assert set(orgs(text)) == {"Halvard Motors do Brasil", "Banco do Brasil", "Foreign Trade Department",
                               "Volkswagen do Brasil"}
    assert set(people(text)) == {"Wolfgang Osk"}
