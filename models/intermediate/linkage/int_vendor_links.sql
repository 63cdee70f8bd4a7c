-- One row per vendor test record: the student it links to (when linked), its status and the evidence of its best
-- candidate. No personal data: ids, probabilities and comparison levels only (int_vendor_link_scores).
with

scores as (
    select * from {{ ref('int_vendor_link_scores') }}
),

final as (
    select
        vendor_record_id,
        student_id,
        link_status,
        link_method,
        candidate_ric as candidate_student_id,
        match_probability,
        match_weight,
        second_match_weight,
        candidate_count,
        gamma_first_name,
        gamma_last_name,
        gamma_middle_name,
        gamma_dob,
        gamma_address,
        gamma_zip,
        gamma_district
    from scores
    where candidate_rank = 1
)

select * from final
