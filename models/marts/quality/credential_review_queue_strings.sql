-- One row per queued string (a distinct normalised name, vendor and program CIP a person should review), with the
-- review group it is decided in and what deciding it alone could change. The audit view of credential_review_queue,
-- which shows one line per group; see the yml for the grouping rule.
with

strings as (
    select * from {{ ref('int_credential_strings') }}
),

credentials as (
    select * from {{ ref('xwalk_credentials') }}
),

alignment as (
    select * from {{ ref('xwalk_credential_cip_alignment') }}
),

vendor_aliases as (
    select * from {{ ref('xwalk_vendor_aliases') }}
),

students as (
    select * from {{ ref('credential_review_queue_students') }}
),

queued as (
    select
        *,
        case
            when resolution_status = 'needs_review' then 'unresolved'
            else 'low_confidence'
        end as review_reason,
        coalesce(normalized_vendor, '') as typed_vendor
    from strings
    where {{ review_queue_condition() }}
),

vendor_spellings as (
    -- every spelling of a vendor the engine reads at the start of a name (_strip_vendor): the alias seed's and the
    -- crosswalk's own vendor names (these win where both spell the same text), at least three characters long
    select
        spelling,
        vendor_key
    from (
        select
            {{ basic_clean_text('vendor_alias') }} as spelling,
            {{ basic_clean_text('vendor_name') }} as vendor_key,
            1 as priority
        from vendor_aliases

        union all

        select distinct
            {{ basic_clean_text('vendor_name') }} as spelling,
            {{ basic_clean_text('vendor_name') }} as vendor_key,
            0 as priority
        from credentials
    ) as spellings
    where length(spelling) >= 3
    qualify row_number() over (partition by spelling order by priority, vendor_key) = 1
),

first_vendor_words as (
    -- "adobe certified professional indesgin" typed with no vendor is "certified professional indesgin" from Adobe:
    -- the longest vendor spelling the name starts with, as the engine strips it (something must be left after it),
    -- and only when the vendor field is blank or names the same vendor
    select
        queued.credential_string_key,
        vendor_spellings.vendor_key,
        substring(queued.normalized_name, length(vendor_spellings.spelling) + 2) as rest
    from queued
    inner join vendor_spellings
        on
            {{ starts_with_spelling('queued.normalized_name', 'vendor_spellings.spelling') }}
            and queued.typed_vendor in ('', vendor_spellings.vendor_key)
    qualify row_number() over (
        partition by queued.credential_string_key
        order by length(vendor_spellings.spelling) desc, vendor_spellings.spelling asc
    ) = 1
),

second_vendor_words as (
    -- "aha american heart association bls provider", "adobe adobe ...": the same vendor typed twice
    select
        first_vendor_words.credential_string_key,
        substring(first_vendor_words.rest, length(vendor_spellings.spelling) + 2) as rest
    from first_vendor_words
    inner join vendor_spellings
        on
            {{ starts_with_spelling('first_vendor_words.rest', 'vendor_spellings.spelling') }}
            and first_vendor_words.vendor_key = vendor_spellings.vendor_key
    qualify row_number() over (
        partition by first_vendor_words.credential_string_key
        order by length(vendor_spellings.spelling) desc, vendor_spellings.spelling asc
    ) = 1
),

candidates as (
    -- the top three candidates with their scores, and the code a low-confidence match resolved to (a fuzzy_cip
    -- match may pick its CIP's candidate over the first, and it may not be among the three)
    {%- for rank in [1, 2, 3] %}
        select
            credential_string_key,
            cip_code,
            candidate_1_score as best_score,
            candidate_{{ rank }}_code as credential_code,
            candidate_{{ rank }}_score as candidate_score
        from queued
        where candidate_{{ rank }}_code is not null

        union all
    {%- endfor %}

    select
        credential_string_key,
        cip_code,
        candidate_1_score as best_score,
        credential_code,
        candidate_1_score as candidate_score
    from queued
    where credential_code is not null
),

readings as (
    -- a reading: the words once the vendor's name typed at their start is dropped, the vendor (the field, or read
    -- from the start of the name) and the best candidate (the code a low-confidence match resolved to, else the
    -- first candidate). Strings of one reading differ only in where the vendor was typed and in the program
    select
        queued.*,
        coalesce(second_vendor_words.rest, first_vendor_words.rest, queued.normalized_name) as group_text,
        coalesce(nullif(queued.typed_vendor, ''), first_vendor_words.vendor_key, '') as group_vendor,
        coalesce(queued.credential_code, queued.candidate_1_code) as best_candidate_code
    from queued
    left join first_vendor_words
        on queued.credential_string_key = first_vendor_words.credential_string_key
    left join second_vendor_words
        on queued.credential_string_key = second_vendor_words.credential_string_key
),

keyed_readings as (
    select
        *,
        {{ surrogate_key(['group_text', 'group_vendor', 'best_candidate_code']) }} as reading_key
    from readings
),

reading_scores as (
    -- how well the reading's words name their best candidate: the best score any of its strings reached (the same
    -- words score lower with the vendor in the name field, or in a program not aligned with the candidate)
    select
        reading_key,
        max(coalesce(score, 0)) as reading_score
    from keyed_readings
    group by reading_key
),

contending_codes as (
    -- the candidates resolution could not tell from the best (within cte:resolution_min_margin of its score) in any
    -- string of the reading
    select distinct
        keyed_readings.reading_key,
        candidates.credential_code
    from candidates
    inner join keyed_readings
        on candidates.credential_string_key = keyed_readings.credential_string_key
    where candidates.candidate_score >= candidates.best_score - {{ var('cte:resolution_min_margin') }}
),

ambiguous_readings as (
    select reading_key
    from contending_codes
    group by reading_key
    having count(*) >= 2
),

contenders as (
    -- where the words fit several credentials, the program is what tells them apart ("CPT" is MSSC's in a
    -- manufacturing program, NHA's in a health one): for each string, whether its program's CIP is aligned with
    -- each of its reading's contenders
    select
        keyed_readings.credential_string_key,
        {{ string_agg_ordered(
            dbt.concat([
                'contending_codes.credential_code', "':'",
                "case when alignment.credential_code is null then 'not_aligned' else 'aligned' end",
            ]),
            "','",
            ['contending_codes.credential_code'],
        ) }} as contending_candidates
    from keyed_readings
    inner join ambiguous_readings
        on keyed_readings.reading_key = ambiguous_readings.reading_key
    inner join contending_codes
        on keyed_readings.reading_key = contending_codes.reading_key
    left join alignment
        on
            contending_codes.credential_code = alignment.credential_code
            and keyed_readings.cip_code = alignment.cip_code
    group by keyed_readings.credential_string_key
),

grouped as (
    select
        keyed_readings.*,
        coalesce(contenders.contending_candidates, '') as contending_candidates,
        -- words that never name their best candidate (no string of the reading reaches cte:resolution_min_score:
        -- "Level 1", "EAH") may mean different things in different fields of study: grouped within one CIP series
        case
            when reading_scores.reading_score < {{ var('cte:resolution_min_score') }}
                then {{ dbt.split_part('keyed_readings.cip_code', "'.'", 1) }}
            else ''
        end as group_cip_series
    from keyed_readings
    inner join reading_scores
        on keyed_readings.reading_key = reading_scores.reading_key
    left join contenders
        on keyed_readings.credential_string_key = contenders.credential_string_key
),

impact as (
    -- what deciding this string alone could change: a student with no counted credential and a mention of it in
    -- the window could gain one; a student whose every counted mention in the window is a low-confidence match of
    -- it could lose theirs
    select
        credential_string_key,
        {{ review_impact_counts('counted_queued_mention_count') }}
    from students
    group by credential_string_key
),

final as (
    select
        grouped.credential_string_key,
        {{ surrogate_key(['grouped.reading_key', 'grouped.contending_candidates', 'grouped.group_cip_series']) }}
            as review_group_key,
        grouped.review_reason,
        cast(
            coalesce(impact.cohort_students_could_gain, 0) + coalesce(impact.cohort_students_could_lose, 0)
            as integer
        ) as cohort_students_affected,
        cast(coalesce(impact.cohort_students_could_gain, 0) as integer) as cohort_students_could_gain,
        cast(coalesce(impact.cohort_students_could_lose, 0) as integer) as cohort_students_could_lose,
        cast(grouped.records_affected as integer) as records_affected,
        grouped.normalized_name,
        grouped.typed_vendor as normalized_vendor,
        grouped.cip_code,
        grouped.group_text,
        grouped.group_vendor,
        grouped.best_candidate_code,
        grouped.contending_candidates,
        grouped.group_cip_series,
        grouped.example_text,
        grouped.resolution_method,
        grouped.credential_code as current_credential_code,
        grouped.score,
        grouped.margin,
        grouped.candidate_1_code,
        c1.credential_name as candidate_1_name,
        grouped.candidate_1_score,
        grouped.candidate_2_code,
        c2.credential_name as candidate_2_name,
        grouped.candidate_2_score,
        grouped.candidate_3_code,
        c3.credential_name as candidate_3_name,
        grouped.candidate_3_score
    from grouped
    left join impact
        on grouped.credential_string_key = impact.credential_string_key
    left join credentials as c1 on grouped.candidate_1_code = c1.credential_code
    left join credentials as c2 on grouped.candidate_2_code = c2.credential_code
    left join credentials as c3 on grouped.candidate_3_code = c3.credential_code
)

select * from final
