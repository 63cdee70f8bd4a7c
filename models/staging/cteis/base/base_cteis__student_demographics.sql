-- Every raw demographics row, renamed and cast, with the first rule it breaks (null when usable).
{%- set flags = {
    'disability_flag': 'is_disability',
    'econ_disadvantaged_flag': 'is_economically_disadvantaged',
    'english_learner_flag': 'is_english_learner',
    'homeless_flag': 'is_homeless',
    'foster_care_flag': 'is_foster_care',
    'military_parent_flag': 'is_military_parent',
    'single_parent_flag': 'is_single_parent',
    'out_of_workforce_flag': 'is_out_of_workforce',
    'migrant_flag': 'is_migrant',
    'nontraditional_flag': 'is_nontraditional',
} %}
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
        {%- for raw, name in flags.items() %}
        {{ to_boolean_flag(raw) }} as {{ name }},
        {%- endfor %}
        {% for raw in flags %}{{ is_valid_flag(raw) }}{% if not loop.last %} and {% endif %}{% endfor %}
        as has_valid_flags,
        ric as raw_ric,
        school_year as raw_school_year,
        sex as raw_sex,
        race_ethnicity as raw_race_ethnicity,
        {%- for raw in flags %}
        {{ raw }} as raw_{{ raw }}{% if not loop.last %},{% endif %}
        {%- endfor %}
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
