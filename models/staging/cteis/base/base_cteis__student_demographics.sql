-- Every raw demographics row, renamed and cast, with the first rule it breaks (null when usable).
-- The skeleton every base_ model shares (source, school_years, raw text, final) is in macros/base_model.sql.
with

source as (
    select * from {{ source('cteis', 'student_demographics') }}
),

school_years as (
    {{ school_year_spellings('source') }}
),

race_ethnicities as (
    -- "Black or African American", "black_or_african-american": one spelling, computed once per distinct value
    {{ code_spellings('source', 'race_ethnicity') }}
),

renamed as {{ not_materialized() }} (
    -- read twice by flag_repeated_keys: not materialized, so its aggregate reads only the key columns
    select
        source.source_row_number,
        source.source_line_number,
        source.is_malformed,
        {{ clean_text('source.ric') }} as student_id,
        school_years.school_year,
        upper({{ clean_text('source.sex') }}) as sex,
        race_ethnicities.race_ethnicity,
        {{ to_boolean_flag('source.disability_flag') }} as is_disability,
        {{ to_boolean_flag('source.econ_disadvantaged_flag') }} as is_economically_disadvantaged,
        {{ to_boolean_flag('source.english_learner_flag') }} as is_english_learner,
        {{ to_boolean_flag('source.homeless_flag') }} as is_homeless,
        {{ to_boolean_flag('source.foster_care_flag') }} as is_foster_care,
        {{ to_boolean_flag('source.military_parent_flag') }} as is_military_parent,
        {{ to_boolean_flag('source.single_parent_flag') }} as is_single_parent,
        {{ to_boolean_flag('source.out_of_workforce_flag') }} as is_out_of_workforce,
        {{ to_boolean_flag('source.migrant_flag') }} as is_migrant,
        {{ to_boolean_flag('source.nontraditional_flag') }} as is_nontraditional,
        {{ raw_text('source', 'student_demographics') }}
    from source
    left join school_years
        on source.school_year is not distinct from school_years.raw_school_year
    left join race_ethnicities
        on source.race_ethnicity is not distinct from race_ethnicities.raw_race_ethnicity
),

keyed as (
    {{ flag_repeated_keys('renamed', ['student_id', 'school_year']) }}
),

validated as (
    select
        {{ star_except(['is_malformed', 'is_repeated_key']) }},
        case
            {{ record_rules('student_id') }}
            -- the codebook's values only: blank or anything else would be published as a group of its own
            when coalesce(sex, '') not in ('F', 'M', 'X') then 'invalid_sex'
            when
                coalesce(race_ethnicity, '') not in (
                    'hispanic', 'american_indian', 'asian', 'black', 'pacific_islander', 'white', 'two_or_more'
                )
                then 'invalid_race_ethnicity'
            -- a flag is null when blank or spelled in a way to_boolean_flag does not know
            when
                is_disability is null or is_economically_disadvantaged is null or is_english_learner is null
                or is_homeless is null or is_foster_care is null or is_military_parent is null
                or is_single_parent is null or is_out_of_workforce is null or is_migrant is null
                or is_nontraditional is null
                then 'invalid_flag'
            when is_repeated_key then 'duplicate_key'
        end as reject_reason
    from keyed
),

final as (
    select {{ raw_text_of_rejects('student_demographics') }}
    from validated
)

select * from final
