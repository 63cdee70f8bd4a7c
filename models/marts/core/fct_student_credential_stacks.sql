-- One row per student and credential stack in which the student earned at least one step: how far up the stack
-- they got, whether they finished it, and the highest hierarchy level they reached with any credential.
with

credentials_earned as (
    select * from {{ ref('fct_credentials_earned') }}
    where credential_code is not null
),

stacks as (
    select * from {{ ref('xwalk_credential_stacks') }}
),

stack_sizes as (
    select
        stack_code,
        any_value(stack_name) as stack_name,
        count(distinct step_number) as step_count
    from stacks
    group by stack_code
),

student_levels as (
    select
        student_id,
        max(hierarchy_level) as highest_hierarchy_level
    from credentials_earned
    group by student_id
),

steps_earned as (
    -- a step with alternatives (AWS SENSE or NCCER Welding Level 1) is earned by any one of them
    select
        credentials_earned.student_id,
        stacks.stack_code,
        stacks.step_number,
        min(credentials_earned.school_year) as first_school_year
    from credentials_earned
    inner join stacks
        on credentials_earned.credential_code = stacks.credential_code
    group by credentials_earned.student_id, stacks.stack_code, stacks.step_number
),

progress as (
    select
        student_id,
        stack_code,
        count(*) as steps_earned,
        max(step_number) as highest_step_earned,
        min(first_school_year) as first_school_year,
        max(first_school_year) as last_step_school_year,
        -- steps earned from the first one without a gap: 1, 2, 3 is in order; 1, 3 skipped a step
        count(*) = max(step_number) as has_every_step_below_highest
    from steps_earned
    group by student_id, stack_code
),

final as (
    select
        {{ surrogate_key(['progress.student_id', 'progress.stack_code']) }} as student_stack_key,
        progress.student_id,
        progress.stack_code,
        stack_sizes.stack_name,
        cast(stack_sizes.step_count as integer) as step_count,
        cast(progress.steps_earned as integer) as steps_earned,
        cast(progress.highest_step_earned as integer) as highest_step_earned,
        progress.steps_earned = stack_sizes.step_count as is_stack_complete,
        progress.has_every_step_below_highest,
        cast(progress.first_school_year as integer) as first_school_year,
        cast(progress.last_step_school_year as integer) as last_step_school_year,
        cast(student_levels.highest_hierarchy_level as integer) as highest_hierarchy_level
    from progress
    inner join stack_sizes
        on progress.stack_code = stack_sizes.stack_code
    inner join student_levels
        on progress.student_id = student_levels.student_id
)

select * from final
