-- One row per cohort year and WBL experience type: the share of the attainment cohort (state level) with at least
-- one experience of that type up to the cohort year. Public: small counts suppressed.
with

cohort as (
    select * from {{ ref('fct_student_attainment') }}
),

wbl as (
    select * from {{ ref('fct_wbl_experiences') }}
),

{%- set types = wbl_experience_types() %}

student_types as (
    select
        cohort.student_id,
        cohort.cohort_year,
        {%- for experience_type in types %}
            coalesce(sum(wbl.{{ experience_type }}_count), 0) > 0 as has_{{ experience_type }},
        {%- endfor %}
        count(wbl.student_id) as wbl_record_count
    from cohort
    left join wbl
        on
            cohort.student_id = wbl.student_id
            and cohort.cohort_year >= wbl.school_year
    group by cohort.student_id, cohort.cohort_year
),

counts as (
    {%- for experience_type in types %}
        select
            cohort_year,
            '{{ experience_type }}' as experience_type,
            {{ loop.index }} as experience_type_order,
            count(*) as cohort_count,
            count(*) filter (where has_{{ experience_type }}) as participant_count
        from student_types
        group by cohort_year
        {% if not loop.last %}union all{% endif %}
    {%- endfor %}
),

final as (
    -- the types overlap (a student can have several), so no published sum links them: a count is hidden when it,
    -- or the students without it, are below the threshold, and the cohort when it is
    {%- set k = var('cte:suppression_threshold') | int %}
    select
        {{ surrogate_key(['cohort_year', 'experience_type']) }} as wbl_type_cell_key,
        cast(cohort_year as integer) as cohort_year,
        experience_type,
        cast(experience_type_order as integer) as experience_type_order,
        '{{ var("cte:attainment_denominator") }}' as denominator,
        cast(case when cohort_count >= {{ k }} then cohort_count end as integer) as cohort_count,
        cast(
            case
                when
                    cohort_count >= {{ k }} and participant_count >= {{ k }}
                    and cohort_count - participant_count >= {{ k }} then participant_count
            end as integer
        ) as participant_count,
        cast(
            case
                when
                    cohort_count >= {{ k }} and participant_count >= {{ k }}
                    and cohort_count - participant_count >= {{ k }}
                    then cast(participant_count as double) / cohort_count
            end as double
        ) as participation_rate,
        {{ cohort_window_complete('cohort_year') }} as is_cohort_window_complete
    from counts
)

select * from final
