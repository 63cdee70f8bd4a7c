-- Every raw demographics row, renamed and cast, with the first rule it breaks (null when usable).
with

source as (
    select
        *,
        row_number() over () as source_row_number
    from {{ source('cteis', 'student_demographics') }}
),

renamed as (
    select
        source_row_number,
        {{ clean_text('ric') }} as student_id,
        {{ parse_school_year('school_year') }} as school_year,
        upper({{ clean_text('sex') }}) as sex,
        regexp_replace(lower(trim(race_ethnicity)), '[\s\-]+', '_', 'g') as race_ethnicity,
        {{ to_boolean_flag('disability_flag') }} as is_disability,
        {{ to_boolean_flag('econ_disadvantaged_flag') }} as is_economically_disadvantaged,
        {{ to_boolean_flag('english_learner_flag') }} as is_english_learner,
        {{ to_boolean_flag('homeless_flag') }} as is_homeless,
        {{ to_boolean_flag('foster_care_flag') }} as is_foster_care,
        {{ to_boolean_flag('military_parent_flag') }} as is_military_parent,
        {{ to_boolean_flag('single_parent_flag') }} as is_single_parent,
        {{ to_boolean_flag('out_of_workforce_flag') }} as is_out_of_workforce,
        {{ to_boolean_flag('migrant_flag') }} as is_migrant,
        {{ to_boolean_flag('nontraditional_flag') }} as is_nontraditional,
        (
            {{ is_valid_flag('disability_flag') }}
            and {{ is_valid_flag('econ_disadvantaged_flag') }}
            and {{ is_valid_flag('english_learner_flag') }}
            and {{ is_valid_flag('homeless_flag') }}
            and {{ is_valid_flag('foster_care_flag') }}
            and {{ is_valid_flag('military_parent_flag') }}
            and {{ is_valid_flag('single_parent_flag') }}
            and {{ is_valid_flag('out_of_workforce_flag') }}
            and {{ is_valid_flag('migrant_flag') }}
            and {{ is_valid_flag('nontraditional_flag') }}
        ) as has_valid_flags,
        ric as raw_ric,
        school_year as raw_school_year,
        sex as raw_sex,
        race_ethnicity as raw_race_ethnicity,
        disability_flag as raw_disability_flag,
        econ_disadvantaged_flag as raw_econ_disadvantaged_flag,
        english_learner_flag as raw_english_learner_flag,
        homeless_flag as raw_homeless_flag,
        foster_care_flag as raw_foster_care_flag,
        military_parent_flag as raw_military_parent_flag,
        single_parent_flag as raw_single_parent_flag,
        out_of_workforce_flag as raw_out_of_workforce_flag,
        migrant_flag as raw_migrant_flag,
        nontraditional_flag as raw_nontraditional_flag
    from source
),

final as (
    select
        * exclude (has_valid_flags),
        case
            when student_id is null then 'missing_student_id'
            when school_year is null then 'invalid_school_year'
            when not has_valid_flags then 'invalid_flag'
            when row_number() over (partition by student_id, school_year order by source_row_number) > 1
                then 'duplicate_key'
        end as reject_reason
    from renamed
)

select * from final
