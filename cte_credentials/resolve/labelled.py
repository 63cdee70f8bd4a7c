"""Hand-labelled write-in sets, as the benchmark and the tests read them.

Two formats share the first six columns (credential_name, vendor, cip_code, expected_codes, expected_is_junk,
note): ours, and New Jersey's, which adds expected_status, acceptable_codes (any-of per mention: ``;`` between
mentions, ``|`` between alternatives) and category. A review row is ambiguous: nothing may be assigned to it.

New Jersey's set is also cut into a development half and a held-out half (``split_half``): rules may be written
after looking at development-half misses only; the held-out half is reported, never read for rules.
"""

from __future__ import annotations

import csv
import random
from pathlib import Path

from cte_credentials.paths import PROJECT_ROOT
from cte_credentials.resolve.metrics import Labelled

DATA_DIR = PROJECT_ROOT / "tests" / "python" / "data"
OUR_SET = DATA_DIR / "hand_labelled_credentials.csv"
NJ_SET = DATA_DIR / "nj_hand_labelled_credentials.csv"
# "State B": a list with vendor names and its set, written by hand apart from the engine and never tuned on (its
# misses are not read for rules: see tests/python/data/state_b_hand_labelled_credentials.md)
STATE_B_LIST = DATA_DIR / "state_b_credential_list.csv"
STATE_B_SET = DATA_DIR / "state_b_hand_labelled_credentials.csv"
# "State C": a names-only list (no vendor column) and its set, held out the same way
STATE_C_LIST = DATA_DIR / "state_c_credential_list.csv"
STATE_C_SET = DATA_DIR / "state_c_hand_labelled_credentials.csv"
# "State D": a list with vendor names for most rows and its set, written apart from the engine for development
# (rules may be written after reading its misses: it measures nothing held out)
STATE_D_LIST = DATA_DIR / "state_d_credential_list.csv"
STATE_D_SET = DATA_DIR / "state_d_dev_credentials.csv"
# "State E": a names-only list (the issuer, where written, inside the name) and its set, written apart from the
# engine for development the same way; its first figures, before any rule was written from it, are in the notes
STATE_E_LIST = DATA_DIR / "state_e_credential_list.csv"
STATE_E_SET = DATA_DIR / "state_e_dev_credentials.csv"
# "State F": a list with a vendor column (filled on most rows, the same vendor spelled two ways on some) and its
# set, written apart from the engine for development the same way; its first figures are in the notes too
STATE_F_LIST = DATA_DIR / "state_f_credential_list.csv"
STATE_F_SET = DATA_DIR / "state_f_dev_credentials.csv"
# "State G": a names-only list (its vendor column empty on every row, a third of its names in capitals) and its set,
# heavy on several credentials in one entry and on credentials the list lacks, written apart from the engine for
# development the same way; its first figures are in the notes
STATE_G_LIST = DATA_DIR / "state_g_credential_list.csv"
STATE_G_SET = DATA_DIR / "state_g_dev_credentials.csv"
# "State H": a Texas-style list whose vendor column names the certifying entity in full on most rows (a few by
# acronym, some spelled two ways) and its set, heavy on several credentials in one entry and on near siblings the list
# lacks, written apart from the engine for development the same way; its first figures are in the notes
STATE_H_LIST = DATA_DIR / "state_h_credential_list.csv"
STATE_H_SET = DATA_DIR / "state_h_dev_credentials.csv"
# "State I": a Florida CAPE-style list (agency codes, a certifying agency on every row, versions in the names, some
# near-duplicate rows) and its set, written apart from the engine for development the same way; its first figures
# are in the notes
STATE_I_LIST = DATA_DIR / "state_i_credential_list.csv"
STATE_I_SET = DATA_DIR / "state_i_dev_credentials.csv"
# "State J": a names-only list of "industry-recognized credentials" whose issuers are written inside the names, and its
# set, written apart from the engine for development the same way; its first figures are in the notes
STATE_J_LIST = DATA_DIR / "state_j_credential_list.csv"
STATE_J_SET = DATA_DIR / "state_j_dev_credentials.csv"
# "State K": a Virginia-style list whose vendor column often holds the test provider (Certiport, Pearson VUE, NOCTI,
# Precision Exams), and its set, written apart from the engine for development the same way
STATE_K_LIST = DATA_DIR / "state_k_credential_list.csv"
STATE_K_SET = DATA_DIR / "state_k_dev_credentials.csv"
# "State L": a Pennsylvania-style names-only list (the issuer written in the name: "NIMS - ...", "NOCTI - ...",
# "(PA Department of Health)"), and its set, written apart from the engine for development the same way
STATE_L_LIST = DATA_DIR / "state_l_credential_list.csv"
STATE_L_SET = DATA_DIR / "state_l_dev_credentials.csv"
# "State M": a Tennessee-style list whose vendor column names the issuing organisation in full on most rows (a few by
# acronym, a few blank, some spelled two ways), and its set, heavy on several credentials in one entry, written apart
# from the engine for development the same way
STATE_M_LIST = DATA_DIR / "state_m_credential_list.csv"
STATE_M_SET = DATA_DIR / "state_m_dev_credentials.csv"
# "State N": a Georgia-style names-only list kept over years (the issuer in brackets or before a colon, legacy text,
# abbreviations and a few typos in the list's own names), and its set, written apart from the engine for development
# the same way
STATE_N_LIST = DATA_DIR / "state_n_credential_list.csv"
STATE_N_SET = DATA_DIR / "state_n_dev_credentials.csv"
# "State O": an Ohio-style list whose vendor column names the issuing body on every row (a brand's owner, some by
# acronym, a few spelled two ways), and its set, written apart from the engine for development the same way
STATE_O_LIST = DATA_DIR / "state_o_credential_list.csv"
STATE_O_SET = DATA_DIR / "state_o_dev_credentials.csv"
# "State P": an Oklahoma-style names-only list (a third of its names in capitals, the issuer after a comma, in
# brackets or not at all, lettered codes beside numbered ones), and its set, written apart from the engine for
# development the same way
STATE_P_LIST = DATA_DIR / "state_p_credential_list.csv"
STATE_P_SET = DATA_DIR / "state_p_dev_credentials.csv"
# "State Q": a North Carolina-style list with the issuing body in the vendor column (state agencies spelled several
# ways), and "State R": a Kentucky-style names-only list (the issuer after a dash, a comma or in brackets), each with
# its set, written apart from the engine for development the same way
STATE_Q_LIST = DATA_DIR / "state_q_credential_list.csv"
STATE_Q_SET = DATA_DIR / "state_q_dev_credentials.csv"
STATE_R_LIST = DATA_DIR / "state_r_credential_list.csv"
STATE_R_SET = DATA_DIR / "state_r_dev_credentials.csv"
# "State S": a Texas-style list whose vendor column names the certifying entity on every row (state agencies by
# name or acronym, spelled two to four ways), and its set, written apart from the engine for development the same way
STATE_S_LIST = DATA_DIR / "state_s_credential_list.csv"
STATE_S_SET = DATA_DIR / "state_s_dev_credentials.csv"
# "State T": a Florida-style names-only list (codes of the agency's acronym and three digits, the issuer written in
# some names only, legacy names beside their successors), and its set, written apart from the engine for development
# the same way
STATE_T_LIST = DATA_DIR / "state_t_credential_list.csv"
STATE_T_SET = DATA_DIR / "state_t_dev_credentials.csv"
# "State U": a Louisiana-style names-only list (codes "LA-" and four digits, the issuer written before many names, the
# state's own Jump Start credentials in Basic and Advanced tiers), and its set, written apart from the engine for
# development the same way
STATE_U_LIST = DATA_DIR / "state_u_credential_list.csv"
STATE_U_SET = DATA_DIR / "state_u_dev_credentials.csv"
# "State V": an Indiana-style list whose vendor column names the certifying body (a test provider on a few rows, some
# bodies spelled two ways; codes of four digits only), and its set, written apart from the engine for development the
# same way
STATE_V_LIST = DATA_DIR / "state_v_credential_list.csv"
STATE_V_SET = DATA_DIR / "state_v_dev_credentials.csv"
# "State W": an Arizona-style list whose vendor column holds the issuer's acronym on most rows (state agencies by
# acronym too; codes "AZ-", a cluster's three letters and three digits), and its set, written apart from the engine for
# development the same way
STATE_W_LIST = DATA_DIR / "state_w_credential_list.csv"
STATE_W_SET = DATA_DIR / "state_w_dev_credentials.csv"
# "State X": a Michigan-style names-only list (the issuer after the name with "by" or "from" on a third of its rows,
# versions and years in some names, codes of five digits with a letter on near-duplicates), and its set, written apart
# from the engine for development the same way
STATE_X_LIST = DATA_DIR / "state_x_credential_list.csv"
STATE_X_SET = DATA_DIR / "state_x_dev_credentials.csv"
# "State Y": a South Carolina-style list whose own names are cut down, mostly in capitals ("PHARMACY TECH CERT -
# PTCB", "COMPTIA A+ CERTIF"), a quarter of them newer rows in full, the vendor column an acronym or empty (codes "SC"
# and five digits), and its set, written apart from the engine for development the same way
STATE_Y_LIST = DATA_DIR / "state_y_credential_list.csv"
STATE_Y_SET = DATA_DIR / "state_y_dev_credentials.csv"
# "State Z": a Missouri-style list whose vendor column holds the brand or the test provider on many rows (ServSafe,
# CareerSafe, Certiport, Pearson VUE, NOCTI, Precision Exams) instead of the issuer, programme assessments beside the
# industry credentials (codes "MO-" and four digits), and its set, written apart from the engine for development the
# same way
STATE_Z_LIST = DATA_DIR / "state_z_credential_list.csv"
STATE_Z_SET = DATA_DIR / "state_z_dev_credentials.csv"
# "State AA": an Alabama-style list writing the issuer first, then a colon or a dash, then the credential, the vendor
# column holding the issuer's full name with its acronym in brackets (codes "AL-IBC-" and four digits), and its set,
# written apart from the engine for development the same way
STATE_AA_LIST = DATA_DIR / "state_aa_credential_list.csv"
STATE_AA_SET = DATA_DIR / "state_aa_dev_credentials.csv"
# "State AB": a Washington-style names-only list of long official names holding the licensing agency or issuer in
# words, many state licences and permits (codes "WA" and five digits), and its set, written apart from the engine
# for development the same way
STATE_AB_LIST = DATA_DIR / "state_ab_credential_list.csv"
STATE_AB_SET = DATA_DIR / "state_ab_dev_credentials.csv"
# "State AC": a Utah-style list whose vendor column holds each issuer's legal or corporate name ("CompTIA, Inc.",
# "Assessment Technologies Institute, L.L.C." for the NHA; codes of five digits), and its set, written apart from the
# engine for development the same way
STATE_AC_LIST = DATA_DIR / "state_ac_credential_list.csv"
STATE_AC_SET = DATA_DIR / "state_ac_dev_credentials.csv"
# "State AD": a Colorado-style names-only list whose names begin with the issuer's acronym in square brackets
# ("[CompTIA] A+"; codes of four digits), and its set, whose vendor field often holds a school, a teacher or a course,
# written apart from the engine for development the same way
STATE_AD_LIST = DATA_DIR / "state_ad_credential_list.csv"
STATE_AD_SET = DATA_DIR / "state_ad_dev_credentials.csv"
# "State AE": a Wisconsin-style list whose vendor column holds the issuer's acronym or short form, each name ending
# with its acronym or exam in brackets (codes "WI-IRC-" and four digits), and its set, many entries in capitals,
# written apart from the engine for development the same way
STATE_AE_LIST = DATA_DIR / "state_ae_credential_list.csv"
STATE_AE_SET = DATA_DIR / "state_ae_dev_credentials.csv"
# "State AF": a Minnesota-style names-only list writing the issuer at the end in brackets, mostly as the whole
# organisation's name ("A+ (CompTIA)"; codes "MN" and four digits), and its set, written apart from the engine for
# development the same way
STATE_AF_LIST = DATA_DIR / "state_af_credential_list.csv"
STATE_AF_SET = DATA_DIR / "state_af_dev_credentials.csv"
# "State AG": a Nevada-style list cut down to sixty characters, many names and vendors abbreviated with full stops
# ("Cert. Prod. Tech. (CPT) – Full"; codes "NV-" and four digits), and its set, typing the words in full, written
# apart from the engine for development the same way
STATE_AG_LIST = DATA_DIR / "state_ag_credential_list.csv"
STATE_AG_SET = DATA_DIR / "state_ag_dev_credentials.csv"
# "State AH": a Maryland-style list of versions, years and editions, ten credentials listed for two versions under
# two codes, vendors spelt several ways (codes of six digits), and its set, written apart from the engine for
# development the same way
STATE_AH_LIST = DATA_DIR / "state_ah_credential_list.csv"
STATE_AH_SET = DATA_DIR / "state_ah_dev_credentials.csv"
# "State AI": an Iowa-style list, every name the issuer's short name and a colon before the credential ("NCCER:
# Carpentry Level 1"), the vendor column the issuer's full name (codes IA-####), and its set, written apart from the
# engine for development the same way
STATE_AI_LIST = DATA_DIR / "state_ai_credential_list.csv"
STATE_AI_SET = DATA_DIR / "state_ai_dev_credentials.csv"
# "State AJ": a New-York-style names-only list of long formal titles, the short names clerks type absent
# ("Certificate of Completion – Occupational Safety and Health Administration 10-Hour Construction Industry Outreach
# Training"; codes NY-CR-####), and its set, written the same way
STATE_AJ_LIST = DATA_DIR / "state_aj_credential_list.csv"
STATE_AJ_SET = DATA_DIR / "state_aj_dev_credentials.csv"
# "State AK": a Kansas-style list holding credentials as their parts and as the whole (MSSC CPT and its modules,
# CompTIA A+ and its cores, NIMS duties), and level series (codes KS-####), and its set, written the same way
STATE_AK_LIST = DATA_DIR / "state_ak_credential_list.csv"
STATE_AK_SET = DATA_DIR / "state_ak_dev_credentials.csv"
# "State AL": an Idaho-style names-only list in capitals without any punctuation ("COMPTIA SECURITY PLUS SY0 701"),
# some names cut at forty characters mid-word (codes ID####), and its set, written the same way
STATE_AL_LIST = DATA_DIR / "state_al_credential_list.csv"
STATE_AL_SET = DATA_DIR / "state_al_dev_credentials.csv"
# "State AM": an Oregon-style list whose vendor column gives the test provider on many rows (Certiport, Pearson VUE,
# PSI, Prometric), the issuer only inside the name (codes OR-IRC-###), and its set, written the same way
STATE_AM_LIST = DATA_DIR / "state_am_credential_list.csv"
STATE_AM_SET = DATA_DIR / "state_am_dev_credentials.csv"
# "State AN": a Nebraska-style names-only list, every name its career field and a spaced hyphen first ("Health
# Sciences - Certified Nursing Assistant (CNA)"; codes NE-####), and its set, written the same way
STATE_AN_LIST = DATA_DIR / "state_an_credential_list.csv"
STATE_AN_SET = DATA_DIR / "state_an_dev_credentials.csv"
# "State AO": an Arkansas-style list holding some credentials in two or three editions or versions under separate
# codes (MOS Word 2016, 2019 and Microsoft 365 Apps; AutoCAD 2022 to 2024; NEC 2020 and 2023; codes AR-####), and
# its set, written the same way
STATE_AO_LIST = DATA_DIR / "state_ao_credential_list.csv"
STATE_AO_SET = DATA_DIR / "state_ao_dev_credentials.csv"
# "State AP": a Montana-style names-only list in sentence case, the issuer last after a comma ("Security+, CompTIA";
# codes MT-####), and its set, written the same way
STATE_AP_LIST = DATA_DIR / "state_ap_credential_list.csv"
STATE_AP_SET = DATA_DIR / "state_ap_dev_credentials.csv"
# "State AT": a Wyoming-style list whose vendor column names two bodies on many rows, the issuer and the test
# provider or a partner ("CompTIA / Pearson VUE", "Microsoft via Certiport"; codes WY-IRC-####), and its set
STATE_AT_LIST = DATA_DIR / "state_at_credential_list.csv"
STATE_AT_SET = DATA_DIR / "state_at_dev_credentials.csv"
# "State AQ": a Massachusetts-style list whose vendor column gives the issuer's web domain on most rows
# ("comptia.org", "nccer.org"; codes MA-CR-####), and its set, written the same way
STATE_AQ_LIST = DATA_DIR / "state_aq_credential_list.csv"
STATE_AQ_SET = DATA_DIR / "state_aq_dev_credentials.csv"
# "State AR": a West-Virginia-style names-only list, most names ending with their programme's CIP code in
# brackets ("Certified Nursing Assistant (51.3902)"; codes WV-####), and its set, written the same way
STATE_AR_LIST = DATA_DIR / "state_ar_credential_list.csv"
STATE_AR_SET = DATA_DIR / "state_ar_dev_credentials.csv"
# "State AS": a Mississippi-style list holding many credentials as tiers or levels under separate codes
# (WorkKeys NCRC Bronze to Platinum, NCCER levels; codes MS-CR-###), and its set, written the same way
STATE_AS_LIST = DATA_DIR / "state_as_credential_list.csv"
STATE_AS_SET = DATA_DIR / "state_as_dev_credentials.csv"
# "State AU": a Florida-style list whose codes are the issuer's prefix and a number ("NHAAS002", "COMPT012") and
# whose vendor column gives each issuer's legal name ("CompTIA, Inc.", "Microsoft Corporation"), and its set
STATE_AU_LIST = DATA_DIR / "state_au_credential_list.csv"
STATE_AU_SET = DATA_DIR / "state_au_dev_credentials.csv"
# "State AV": a Maine-style list in capitals, names and vendors cut at 40 characters by an old system's field
# ("CERTIFIED PHARMACY TECHNICIAN (PTCB) - C"; codes ME-####), and its set, written the same way
STATE_AV_LIST = DATA_DIR / "state_av_credential_list.csv"
STATE_AV_SET = DATA_DIR / "state_av_dev_credentials.csv"
# "State AW": a Delaware-style list whose vendor column gives a career cluster or programme area instead of the
# issuer on about a third of rows ("Health Science", "Manufacturing"; codes DE-IRC-###), and its set
STATE_AW_LIST = DATA_DIR / "state_aw_credential_list.csv"
STATE_AW_SET = DATA_DIR / "state_aw_dev_credentials.csv"
# "State AX": a South-Dakota-style names-only list, most names beginning with the state's own catalogue number
# ("0412 - Certified Nursing Assistant"; codes SD-IC-####), and its set, written the same way
STATE_AX_LIST = DATA_DIR / "state_ax_credential_list.csv"
STATE_AX_SET = DATA_DIR / "state_ax_dev_credentials.csv"
# "State AY": a Puerto-Rico-style bilingual list, most names in Spanish with the English name in brackets
# ("Asistente de Enfermería Certificado (Certified Nursing Assistant)"; codes PR-CIR-####), and its set
STATE_AY_LIST = DATA_DIR / "state_ay_credential_list.csv"
STATE_AY_SET = DATA_DIR / "state_ay_dev_credentials.csv"
# "State AZ": an Ohio-style list, a fifth of its rows each a family of credentials under one code ("Microsoft
# Office Specialist - Word, Excel, PowerPoint or Outlook"; codes OH-IBC-####), and its set
STATE_AZ_LIST = DATA_DIR / "state_az_credential_list.csv"
STATE_AZ_SET = DATA_DIR / "state_az_dev_credentials.csv"
# "State BA": a Georgia-style list exported through a wrong character encoding ("ServSafeÂ® Food Protection
# Manager", "CompTIA A+â„¢"; codes GA-IRC-####), and its set, typed in plain letters
STATE_BA_LIST = DATA_DIR / "state_ba_credential_list.csv"
STATE_BA_SET = DATA_DIR / "state_ba_dev_credentials.csv"
# "State BB": an Alabama-style names-only list, most names inverted as in a card catalogue ("Nursing Assistant,
# Certified (CNA)"; codes AL-IBC-####), and its set, typed in natural order
STATE_BB_LIST = DATA_DIR / "state_bb_credential_list.csv"
STATE_BB_SET = DATA_DIR / "state_bb_dev_credentials.csv"
# "State BC": a Kentucky-style list writing most names as the state's short codes of acronyms ("CNA-KBN",
# "OSHA10-CONST", "MOS-EXCEL-ASSOC"; codes KY-IC-####), and its set, typed in full
STATE_BC_LIST = DATA_DIR / "state_bc_credential_list.csv"
STATE_BC_SET = DATA_DIR / "state_bc_dev_credentials.csv"
# "State BD": a Louisiana-style list giving the state database's vendor id instead of a name on most rows ("V-0112",
# "VEND0093"; codes LA-JS-####), and its set
STATE_BD_LIST = DATA_DIR / "state_bd_credential_list.csv"
STATE_BD_SET = DATA_DIR / "state_bd_dev_credentials.csv"
# "State BE": a Tennessee-style names-only list, most names ending with the state's value tag in square brackets
# ("Certified Nursing Assistant [Statewide]"; codes TN####), and its set
STATE_BE_LIST = DATA_DIR / "state_be_credential_list.csv"
STATE_BE_SET = DATA_DIR / "state_be_dev_credentials.csv"
# "State BF": a Hawaii-style names-only list, many names carrying an administrative note after a semicolon or in
# a second sentence ("Certified Nursing Assistant; must be 16 or older"; codes HI-####), and its set
STATE_BF_LIST = DATA_DIR / "state_bf_credential_list.csv"
STATE_BF_SET = DATA_DIR / "state_bf_dev_credentials.csv"
# "State BG": a Pennsylvania-style list, a third of its rows one assessment vendor's family of programme tests whose
# names differ only by the programme ("NOCTI Job Ready Assessment - Carpentry"; codes PA-IRC-####), and its set
STATE_BG_LIST = DATA_DIR / "state_bg_credential_list.csv"
STATE_BG_SET = DATA_DIR / "state_bg_dev_credentials.csv"
# "State BH": a Vermont-style small names-only list (79 credentials; codes VT-####), and its set, many of whose
# write-ins name credentials the list lacks
STATE_BH_LIST = DATA_DIR / "state_bh_credential_list.csv"
STATE_BH_SET = DATA_DIR / "state_bh_dev_credentials.csv"
# "State BI": an Illinois-style list (codes IL-IRC-#####), and its set, where clerks type the state's credential
# code on a fifth of the singles ("IL-IRC-10482", "ilirc10482", "IL-IRC-10482 CNA")
STATE_BI_LIST = DATA_DIR / "state_bi_credential_list.csv"
STATE_BI_SET = DATA_DIR / "state_bi_dev_credentials.csv"
# "State BJ": an Oklahoma-style list whose export swapped the name and vendor columns on a fifth of rows
# ("NCCER" | "Carpentry Level 1"; codes OK-CC-####), and its set
STATE_BJ_LIST = DATA_DIR / "state_bj_credential_list.csv"
STATE_BJ_SET = DATA_DIR / "state_bj_dev_credentials.csv"
# "State BK": a Texas-style list whose names carry a product version, edition or year ("Excel Associate (Office
# 2019)"), some credentials listed once per version (codes TX-IBC-###), and its set
STATE_BK_LIST = DATA_DIR / "state_bk_credential_list.csv"
STATE_BK_SET = DATA_DIR / "state_bk_dev_credentials.csv"
# "State BL": a Florida-style list of long catalogue names and vendor-prefixed codes ("ADOBE014"), and its set,
# where clerks type the short name or the code
STATE_BL_LIST = DATA_DIR / "state_bl_credential_list.csv"
STATE_BL_SET = DATA_DIR / "state_bl_dev_credentials.csv"
# "State BM": a names-only list from a legacy export that wrote names in capitals and cut them at 40 characters
# ("NATIONAL CENTER FOR CONSTRUCTION EDUCATIO"; codes CR#####), and its set
STATE_BM_LIST = DATA_DIR / "state_bm_credential_list.csv"
STATE_BM_SET = DATA_DIR / "state_bm_dev_credentials.csv"
# "State BN": a names-only list a clerk built by hand in abbreviations ("Cert Nursing Asst (CNA)", "NCCER Carp Lvl
# 1"; codes IRC-####), and its set
STATE_BN_LIST = DATA_DIR / "state_bn_credential_list.csv"
STATE_BN_SET = DATA_DIR / "state_bn_dev_credentials.csv"
# "State BO": a Virginia-style list (codes VA-####), and its set, half of whose write-ins were dictated or typed
# as they sound ("Serve Safe", "Comp Tia A plus", "OSHA ten", "C N A")
STATE_BO_LIST = DATA_DIR / "state_bo_credential_list.csv"
STATE_BO_SET = DATA_DIR / "state_bo_dev_credentials.csv"
# "State BP": a names-only list (codes WA#####), and its set, half of whose write-ins were pasted from students'
# resumes and transcripts ("Passed OSHA 10 General Industry 05/2023", "Certifications: A+, Network+")
STATE_BP_LIST = DATA_DIR / "state_bp_credential_list.csv"
STATE_BP_SET = DATA_DIR / "state_bp_dev_credentials.csv"
# "State BQ": a North-Dakota-style list (codes ND####), two fifths of it the IT and software vendors' families
# told apart by one word or symbol (MOS Word and Word Expert, CompTIA's "+" exams, Adobe and Autodesk), and its set
STATE_BQ_LIST = DATA_DIR / "state_bq_credential_list.csv"
STATE_BQ_SET = DATA_DIR / "state_bq_dev_credentials.csv"
# "State BR": a names-only list merged from two agencies' lists (codes CTE-#### and WF#####), a fifth of its
# credentials in it twice in other words, and its set
STATE_BR_LIST = DATA_DIR / "state_br_credential_list.csv"
STATE_BR_SET = DATA_DIR / "state_br_dev_credentials.csv"
# "State BS": a list (codes HS#### and CT####) half of it health science, where several issuers certify the same
# job under clashing acronyms (CPT, CMA, CCA, CDA), and its set
STATE_BS_LIST = DATA_DIR / "state_bs_credential_list.csv"
STATE_BS_SET = DATA_DIR / "state_bs_dev_credentials.csv"
# "State BT": a names-only list (codes TR-#### and GN-####), half of it trades written as crafts and levels, weld
# processes and positions, EPA 608 types and OSHA cards, and its set
STATE_BT_LIST = DATA_DIR / "state_bt_credential_list.csv"
STATE_BT_SET = DATA_DIR / "state_bt_dev_credentials.csv"
# "State BU": a list (codes C######) with a vendor column on four rows in five, and its set, half of whose
# write-ins were keyed from scanned paper forms by OCR nobody checked ("OSHA l0", "Certifiecl", "Phleboto- my")
STATE_BU_LIST = DATA_DIR / "state_bu_credential_list.csv"
STATE_BU_SET = DATA_DIR / "state_bu_dev_credentials.csv"
# "State BV": a list (codes EX#####) a third of whose names carry the vendor's exam code ("CompTIA Security+
# (SY0-701)", "MO-200"), some once per exam version, and its set, where clerks type the codes
STATE_BV_LIST = DATA_DIR / "state_bv_credential_list.csv"
STATE_BV_SET = DATA_DIR / "state_bv_dev_credentials.csv"
# "State BW": a list (codes C##-###) half of it agriculture and natural resources, where one issuer licenses
# categories that differ by a number or a word (pesticide applicator categories), and its set
STATE_BW_LIST = DATA_DIR / "state_bw_credential_list.csv"
STATE_BW_SET = DATA_DIR / "state_bw_dev_credentials.csv"
# "State BX": a list (codes SRV####) with a vendor column on half its rows, and its set, half of whose write-ins
# are students' own words in an exit survey ("food handlers card", "my forklift license")
STATE_BX_LIST = DATA_DIR / "state_bx_credential_list.csv"
STATE_BX_SET = DATA_DIR / "state_bx_dev_credentials.csv"
# "State BY": a list (codes TRK-####) with a vendor column on three rows in four, and its set, half of whose
# write-ins were pasted from tracking spreadsheets and checklists, each item marked earned or not
STATE_BY_LIST = DATA_DIR / "state_by_credential_list.csv"
STATE_BY_SET = DATA_DIR / "state_by_dev_credentials.csv"
# "State BZ": a names-only list (codes PS####) mostly public safety, human services and personal care, where
# credentials differ by a Roman numeral, a rank or one word, and its set
STATE_BZ_LIST = DATA_DIR / "state_bz_credential_list.csv"
STATE_BZ_SET = DATA_DIR / "state_bz_dev_credentials.csv"
# "State CA": a list (codes MB####) with a vendor column on two rows in three, and its set, half of whose
# write-ins were typed on phones: autocorrected words, words split or joined at the wrong places
STATE_CA_LIST = DATA_DIR / "state_ca_credential_list.csv"
STATE_CA_SET = DATA_DIR / "state_ca_dev_credentials.csv"
# "State CB": a names-only list (codes HF-####) mostly hospitality, tourism, retail and finance, where many
# titles follow one pattern and differ by one word, and its set
STATE_CB_LIST = DATA_DIR / "state_cb_credential_list.csv"
STATE_CB_SET = DATA_DIR / "state_cb_dev_credentials.csv"
# "State CC": a list (codes DB#####) with a vendor column on four rows in five, and its set, half of whose
# write-ins were pasted from digital badge pages: titles, links and slugs, verification lines
STATE_CC_LIST = DATA_DIR / "state_cc_credential_list.csv"
STATE_CC_SET = DATA_DIR / "state_cc_dev_credentials.csv"
# "State CD": a New-Mexico-style list (codes NM#####), a third of it the state's own licences and cards, some
# also listed in their national form, and its set, some of whose write-ins name another state's version
STATE_CD_LIST = DATA_DIR / "state_cd_credential_list.csv"
STATE_CD_SET = DATA_DIR / "state_cd_dev_credentials.csv"
# "State CE": a list (codes XC####) with a vendor column on three rows in four, and its set, half of whose
# write-ins came through an uncleaned export of another system: JSON, CSV and HTML fragments, escapes, keys
STATE_CE_LIST = DATA_DIR / "state_ce_credential_list.csv"
STATE_CE_SET = DATA_DIR / "state_ce_dev_credentials.csv"
# "State CF": an English list (codes ES#####) with a vendor column on two rows in three, and its set, half of
# whose write-ins were typed in Spanish or in Spanish and English by bilingual staff
STATE_CF_LIST = DATA_DIR / "state_cf_credential_list.csv"
STATE_CF_SET = DATA_DIR / "state_cf_dev_credentials.csv"
# "State CG": a names-only list (codes SH-####) of many families, and its set, half of whose write-ins name
# several credentials in shorthand: a shared prefix, a range of levels, a count, parts in brackets
STATE_CG_LIST = DATA_DIR / "state_cg_credential_list.csv"
STATE_CG_SET = DATA_DIR / "state_cg_dev_credentials.csv"
# "State CH": a list (codes VN####) naming each body by its current name, and its set, whose write-ins name
# vendors by a former or parent name, a brand for the company or the company for the brand
STATE_CH_LIST = DATA_DIR / "state_ch_credential_list.csv"
STATE_CH_SET = DATA_DIR / "state_ch_dev_credentials.csv"
# "State CI": a list (codes RT####) of credentials by their current titles, and its set, half of whose
# write-ins name a credential by a title it had before a renaming, a rebranding or a new version
STATE_CI_LIST = DATA_DIR / "state_ci_credential_list.csv"
STATE_CI_SET = DATA_DIR / "state_ci_dev_credentials.csv"
# "State CJ": a names-only list (codes EXM-####), and its set, half of whose write-ins name the exam a
# student sat instead of the credential ("PTCE", "Core 1 and Core 2"), among tests that are no credential
STATE_CJ_LIST = DATA_DIR / "state_cj_credential_list.csv"
STATE_CJ_SET = DATA_DIR / "state_cj_dev_credentials.csv"
# "State CK": a list (codes FX#####) with a vendor column on two rows in three, and its set, half of whose
# write-ins an old form cut at 25 characters (the vendor at 12), mostly in capitals
STATE_CK_LIST = DATA_DIR / "state_ck_credential_list.csv"
STATE_CK_SET = DATA_DIR / "state_ck_dev_credentials.csv"
# "State CL": a list (codes SV-#####) with a vendor column on four rows in five, and its set, half of whose
# write-ins give in the vendor field the school, testing site, teacher or host, not the issuer
STATE_CL_LIST = DATA_DIR / "state_cl_credential_list.csv"
STATE_CL_SET = DATA_DIR / "state_cl_dev_credentials.csv"
# "State CM": a list (codes MJ#####) with a vendor column on three rows in four, and its set, half of
# whose write-ins passed between systems and came out with damaged characters (mojibake, HTML entities, odd spaces)
STATE_CM_LIST = DATA_DIR / "state_cm_credential_list.csv"
STATE_CM_SET = DATA_DIR / "state_cm_dev_credentials.csv"
# "State CN": a list (codes JN-####) with a vendor column on two rows in three, and its set, whose entries
# name several credentials joined in every way a clerk joins them (spaces, "w/", numbers, bullets, "x2")
STATE_CN_LIST = DATA_DIR / "state_cn_credential_list.csv"
STATE_CN_SET = DATA_DIR / "state_cn_dev_credentials.csv"
# "State CO": an agriculture, natural resources and energy list (codes AG#####) with a vendor column on two
# rows in three, and its set
STATE_CO_LIST = DATA_DIR / "state_co_credential_list.csv"
STATE_CO_SET = DATA_DIR / "state_co_dev_credentials.csv"
# "State CP": a names-only list (codes AV####) weighted to arts and media, hospitality, public safety and
# education, and its set: apps and products typed alone, course numbers
STATE_CP_LIST = DATA_DIR / "state_cp_credential_list.csv"
STATE_CP_SET = DATA_DIR / "state_cp_dev_credentials.csv"
# "State CQ": an advanced manufacturing, robotics and engineering list (codes MF-#####) with a vendor column
# on two rows in three, and its set: programme names, modules, products and standard numbers typed alone
STATE_CQ_LIST = DATA_DIR / "state_cq_credential_list.csv"
STATE_CQ_SET = DATA_DIR / "state_cq_dev_credentials.csv"
# "State CR": a list (codes OC#####) with a vendor column on three rows in four, and its set, half of whose
# write-ins were read off scanned certificates and cards by OCR
STATE_CR_LIST = DATA_DIR / "state_cr_credential_list.csv"
STATE_CR_SET = DATA_DIR / "state_cr_dev_credentials.csv"
# "State CS": a list of credential ladders (codes LD####) with a vendor column on two rows in three, and its
# set, whose write-ins name the rung in every form or not at all
STATE_CS_LIST = DATA_DIR / "state_cs_credential_list.csv"
STATE_CS_SET = DATA_DIR / "state_cs_dev_credentials.csv"
# "State CT": a list of catalogue entries (codes CT-XXX###) with a vendor column on two rows in three, and
# its set, a third of whose write-ins type the state's code or the vendor's exam code instead of a name
STATE_CT_LIST = DATA_DIR / "state_ct_credential_list.csv"
STATE_CT_SET = DATA_DIR / "state_ct_dev_credentials.csv"
# "State CU": a names-only health science list (codes HC-######), and its set, half of whose write-ins were typed
# by allied-health teachers with clinical hours, exam parts, registry numbers, dates and scores attached
STATE_CU_LIST = DATA_DIR / "state_cu_credential_list.csv"
STATE_CU_SET = DATA_DIR / "state_cu_dev_credentials.csv"
# "State CV": a business, marketing and finance list (codes BM-####) with a vendor column on two rows in three, and
# its set, half of whose write-ins name the learning platform or academy, courses and practice tests among them
STATE_CV_LIST = DATA_DIR / "state_cv_credential_list.csv"
STATE_CV_SET = DATA_DIR / "state_cv_dev_credentials.csv"
# "State CW": a names-only construction, architecture and energy list (codes BLD-####), and its set, half of whose
# write-ins are in trade teachers' shop shorthand: NCCER module numbers, craft abbreviations, card colours, hours
STATE_CW_LIST = DATA_DIR / "state_cw_credential_list.csv"
STATE_CW_SET = DATA_DIR / "state_cw_dev_credentials.csv"
# "State CX": a list (codes DE#####) with a vendor column on three rows in four, a third of it colleges' dual
# enrollment certificates (alike in name, told apart by the college), and its set, half of whose write-ins name the
# course work: a college's initials, course numbers, dual credit, credit hours
STATE_CX_LIST = DATA_DIR / "state_cx_credential_list.csv"
STATE_CX_SET = DATA_DIR / "state_cx_dev_credentials.csv"
STATE_CY_LIST = DATA_DIR / "state_cy_credential_list.csv"
STATE_CY_SET = DATA_DIR / "state_cy_dev_credentials.csv"
STATE_CZ_LIST = DATA_DIR / "state_cz_credential_list.csv"
STATE_CZ_SET = DATA_DIR / "state_cz_dev_credentials.csv"
STATE_DA_LIST = DATA_DIR / "state_da_credential_list.csv"
STATE_DA_SET = DATA_DIR / "state_da_dev_credentials.csv"
STATE_DB_LIST = DATA_DIR / "state_db_credential_list.csv"
STATE_DB_SET = DATA_DIR / "state_db_dev_credentials.csv"
STATE_DC_LIST = DATA_DIR / "state_dc_credential_list.csv"
STATE_DC_SET = DATA_DIR / "state_dc_dev_credentials.csv"
STATE_DD_LIST = DATA_DIR / "state_dd_credential_list.csv"
STATE_DD_SET = DATA_DIR / "state_dd_dev_credentials.csv"
STATE_DE_LIST = DATA_DIR / "state_de_credential_list.csv"
STATE_DE_SET = DATA_DIR / "state_de_dev_credentials.csv"
STATE_DF_LIST = DATA_DIR / "state_df_credential_list.csv"
STATE_DF_SET = DATA_DIR / "state_df_dev_credentials.csv"
STATE_DG_LIST = DATA_DIR / "state_dg_credential_list.csv"
STATE_DG_SET = DATA_DIR / "state_dg_dev_credentials.csv"
STATE_DH_LIST = DATA_DIR / "state_dh_credential_list.csv"
STATE_DH_SET = DATA_DIR / "state_dh_dev_credentials.csv"
STATE_DI_LIST = DATA_DIR / "state_di_credential_list.csv"
STATE_DI_SET = DATA_DIR / "state_di_dev_credentials.csv"
STATE_DJ_LIST = DATA_DIR / "state_dj_credential_list.csv"
STATE_DJ_SET = DATA_DIR / "state_dj_dev_credentials.csv"
STATE_DK_LIST = DATA_DIR / "state_dk_credential_list.csv"
STATE_DK_SET = DATA_DIR / "state_dk_dev_credentials.csv"
STATE_DL_LIST = DATA_DIR / "state_dl_credential_list.csv"
STATE_DL_SET = DATA_DIR / "state_dl_dev_credentials.csv"
STATE_DM_LIST = DATA_DIR / "state_dm_credential_list.csv"
STATE_DM_SET = DATA_DIR / "state_dm_dev_credentials.csv"
STATE_DN_LIST = DATA_DIR / "state_dn_credential_list.csv"
STATE_DN_SET = DATA_DIR / "state_dn_dev_credentials.csv"
STATE_DO_LIST = DATA_DIR / "state_do_credential_list.csv"
STATE_DO_SET = DATA_DIR / "state_do_dev_credentials.csv"
STATE_DP_LIST = DATA_DIR / "state_dp_credential_list.csv"
STATE_DP_SET = DATA_DIR / "state_dp_dev_credentials.csv"
STATE_DQ_LIST = DATA_DIR / "state_dq_credential_list.csv"
STATE_DQ_SET = DATA_DIR / "state_dq_dev_credentials.csv"
STATE_DR_LIST = DATA_DIR / "state_dr_credential_list.csv"
STATE_DR_SET = DATA_DIR / "state_dr_dev_credentials.csv"
STATE_DS_LIST = DATA_DIR / "state_ds_credential_list.csv"
STATE_DS_SET = DATA_DIR / "state_ds_dev_credentials.csv"
STATE_DT_LIST = DATA_DIR / "state_dt_credential_list.csv"
STATE_DT_SET = DATA_DIR / "state_dt_dev_credentials.csv"
STATE_DU_LIST = DATA_DIR / "state_du_credential_list.csv"
STATE_DU_SET = DATA_DIR / "state_du_dev_credentials.csv"
STATE_DV_LIST = DATA_DIR / "state_dv_credential_list.csv"
STATE_DV_SET = DATA_DIR / "state_dv_dev_credentials.csv"
STATE_DW_LIST = DATA_DIR / "state_dw_credential_list.csv"
STATE_DW_SET = DATA_DIR / "state_dw_dev_credentials.csv"
STATE_DX_LIST = DATA_DIR / "state_dx_credential_list.csv"
STATE_DX_SET = DATA_DIR / "state_dx_dev_credentials.csv"
STATE_DY_LIST = DATA_DIR / "state_dy_credential_list.csv"
STATE_DY_SET = DATA_DIR / "state_dy_dev_credentials.csv"
STATE_DZ_LIST = DATA_DIR / "state_dz_credential_list.csv"
STATE_DZ_SET = DATA_DIR / "state_dz_dev_credentials.csv"
STATE_EA_LIST = DATA_DIR / "state_ea_credential_list.csv"
STATE_EA_SET = DATA_DIR / "state_ea_dev_credentials.csv"
STATE_EB_LIST = DATA_DIR / "state_eb_credential_list.csv"
STATE_EB_SET = DATA_DIR / "state_eb_dev_credentials.csv"
STATE_EC_LIST = DATA_DIR / "state_ec_credential_list.csv"
STATE_EC_SET = DATA_DIR / "state_ec_dev_credentials.csv"
STATE_ED_LIST = DATA_DIR / "state_ed_credential_list.csv"
STATE_ED_SET = DATA_DIR / "state_ed_dev_credentials.csv"
STATE_EE_LIST = DATA_DIR / "state_ee_credential_list.csv"
STATE_EE_SET = DATA_DIR / "state_ee_dev_credentials.csv"
STATE_EF_LIST = DATA_DIR / "state_ef_credential_list.csv"
STATE_EF_SET = DATA_DIR / "state_ef_dev_credentials.csv"
STATE_EG_LIST = DATA_DIR / "state_eg_credential_list.csv"
STATE_EG_SET = DATA_DIR / "state_eg_dev_credentials.csv"
STATE_EH_LIST = DATA_DIR / "state_eh_credential_list.csv"
STATE_EH_SET = DATA_DIR / "state_eh_dev_credentials.csv"
STATE_EI_LIST = DATA_DIR / "state_ei_credential_list.csv"
STATE_EI_SET = DATA_DIR / "state_ei_dev_credentials.csv"
STATE_EJ_LIST = DATA_DIR / "state_ej_credential_list.csv"
STATE_EJ_SET = DATA_DIR / "state_ej_dev_credentials.csv"
STATE_EK_LIST = DATA_DIR / "state_ek_credential_list.csv"
STATE_EK_SET = DATA_DIR / "state_ek_dev_credentials.csv"
STATE_EL_LIST = DATA_DIR / "state_el_credential_list.csv"
STATE_EL_SET = DATA_DIR / "state_el_dev_credentials.csv"
# more write-ins on New Jersey's list, for development only (rules may be written after reading its misses)
NJ_DEV_EXTRA_SET = DATA_DIR / "nj_dev_extra_credentials.csv"
# New Jersey's credential list: read where it is shared, never copied into the project
NJ_LIST = PROJECT_ROOT.parent / "shared" / "reference" / "nj_etpl_industry_credentials.csv"
# the development / held-out split of New Jersey's set: within each category, rows shuffled by this seed, the
# first half (rounded up) for development. Fixed before any rule was written on New Jersey's misses
SPLIT_SEED = 20261127


def read_rows(path: Path) -> list[dict]:
    with path.open(newline="", encoding="utf-8-sig") as fh:
        return list(csv.DictReader(fh))


def labels_of(rows: list[dict]) -> list[Labelled]:
    out = []
    for r in rows:
        expected = [c for c in r["expected_codes"].split(";") if c]
        status = r.get("expected_status") or ""
        ambiguous = status == "review" if status else "ambiguous" in r["note"]
        accept = [frozenset(a for a in group.split("|") if a) for group in (r.get("acceptable_codes") or "").split(";")
                  if group]
        out.append(Labelled(expected_codes=expected, is_junk=r["expected_is_junk"] == "true", is_ambiguous=ambiguous,
                            acceptable=accept if len(accept) == len(expected) else [], category=r.get("category", "")))
    return out


def split_half(rows: list[dict], seed: int = SPLIT_SEED) -> tuple[list[int], list[int]]:
    """(development, held-out) row indices: within each category, shuffled by ``seed``, the first half (rounded
    up) for development. Categories keep their share in both halves."""
    by_category: dict[str, list[int]] = {}
    for i, r in enumerate(rows):
        by_category.setdefault(r.get("category") or r.get("expected_status") or "", []).append(i)
    rng = random.Random(seed)
    dev: list[int] = []
    held: list[int] = []
    for category in sorted(by_category):
        idx = by_category[category]
        rng.shuffle(idx)
        half = (len(idx) + 1) // 2
        dev += idx[:half]
        held += idx[half:]
    return sorted(dev), sorted(held)


def read_credential_list(path: Path, live_only: bool = False) -> list[dict]:
    """A state's credential list as rows of credential_code, credential_name, vendor_name (other columns kept).
    ``live_only`` drops rows whose ``is_deleted`` is 1 (New Jersey marks withdrawn rows so)."""
    rows = read_rows(path)
    return [r for r in rows if not (live_only and (r.get("is_deleted") or "0").strip() == "1")]
