-- One row per program serial number, described by its latest program directory row: CIP code and title, career
-- cluster, building and district. Year-specific attributes of a record are on the facts.
with

serials as (
    select * from {{ ref('stg_cteis__program_serials') }}
),

cip as (
    select * from {{ ref('xwalk_cip_codes') }}
),

ranked as (
    select
        *,
        row_number() over (partition by program_serial_number order by school_year desc) as recency_rank,
        min(school_year) over (partition by program_serial_number) as first_directory_school_year,
        max(school_year) over (partition by program_serial_number) as last_directory_school_year,
        -- two CIP codes over the years when the smallest and the largest differ (a staged cip_code is never null):
        -- count(distinct) is not a window function on every engine (Spark has none)
        min(cip_code) over (partition by program_serial_number)
        != max(cip_code) over (partition by program_serial_number) as has_changed_cip_code
    from serials
),

final as (
    select
        ranked.program_serial_number,
        ranked.program_name,
        ranked.program_type,
        ranked.cip_code,
        cip.cip_title,
        cip.career_cluster_code,
        cip.career_cluster_name,
        ranked.building_code,
        ranked.building_name,
        ranked.district_code,
        ranked.district_name,
        cast(ranked.first_directory_school_year as integer) as first_directory_school_year,
        cast(ranked.last_directory_school_year as integer) as last_directory_school_year,
        ranked.has_changed_cip_code
    from ranked
    left join cip
        on ranked.cip_code = cip.cip_code
    where ranked.recency_rank = 1
)

select * from final
