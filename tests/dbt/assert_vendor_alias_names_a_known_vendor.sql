-- Every canonical vendor of the vendor alias seed is a vendor of our credential list, or a body another state's list
-- names (an issuer renamed, such as APICS to the Association for Supply Chain Management) written as its own alias
-- in lower case: a canonical name misspelt in one row, which no alias spells, fails here. Returns the rows failing.
with

aliases as (
    select * from {{ ref('xwalk_vendor_aliases') }}
),

credentials as (
    select * from {{ ref('xwalk_credentials') }}
),

listed as (
    select distinct vendor_name from credentials
),

spelled as (
    select distinct vendor_alias from aliases
)

select
    aliases.vendor_alias,
    aliases.vendor_name
from aliases
left join listed on aliases.vendor_name = listed.vendor_name
left join spelled on lower(aliases.vendor_name) = spelled.vendor_alias
where listed.vendor_name is null and spelled.vendor_alias is null
