"""Common given names (United States, written for this project, not drawn from the generator's name lists), for one
junk rule: a write-in that is a given name and a surname, with no word of the list's names or of a vendor's ("John
Smith": a teacher's or student's name typed in the credential field; readings.Readings.junk_reason). Names that are
also words of credentials ("Grace" as in a grace period, "Summer", "Hunter" as in Hunter Education, "Mason") are
left out."""

FIRST_NAMES = frozenset("""
aaron abigail adam adrian aidan alan albert alex alexander alexandra alexis alice alicia allison amanda amber amy
andrea andrew angela angelica anna anne anthony antonio ashley austin barbara benjamin beth betty bonnie brandon
brenda brian brittany bruce bryan caleb cameron carl carlos carmen carol caroline catherine chad charles charlotte
cheryl chris christian christina christine christopher cindy claire cody connor courtney crystal cynthia daniel
danielle david deborah debra denise dennis derek diana diane donald donna dorothy douglas dylan edward elijah
elizabeth emily emma eric erica erin ethan eugene evelyn frank gabriel gary george gerald gloria gregory hannah
harold heather helen henry isaac isabella jack jacob jacqueline jake james jamie janet janice jared jason jeffrey
jennifer jeremy jerry jesse jessica joan joe john jonathan jordan jorge jose joseph joshua joyce juan judith judy
julia julie justin karen katherine kathleen kathryn katie keith kelly kenneth kevin kimberly kyle larry laura
lauren lawrence linda lisa logan lori louis lucas luis luke madison marcus margaret maria marie marilyn mark martha
martin mary matthew megan melissa michael michelle miguel mildred nancy natalie nathan nicholas nicole noah olivia
pamela patricia patrick paul peter philip rachel ralph randy raymond rebecca richard robert roger ronald rose roy
russell ruth ryan samantha samuel sandra sara sarah scott sean sharon shirley sophia stephanie stephen steven susan
tammy teresa terry theresa thomas timothy tyler victoria vincent virginia walter wayne william zachary
aaliyah addison aiden alejandro andre aubrey ava avery brayden brianna brooklyn camila carter chloe colton damian
darius deshawn destiny diego eli ella gavin grayson hailey harper imani isaiah jace jada jaden jalen jamal jasmine
jaxon jayden jaylen kaylee kayden kennedy khloe landon layla leah levi liam mackenzie malik mariah mateo maya mia
nevaeh nora owen payton peyton santiago scarlett sofia trinity tyrone valeria wyatt xavier ximena zoe
jane jean jill jenny kim kate kristen kristin ann tom jim bob mike dave dan ben tony nick matt josh zach alyssa
gabriella rosa ana lucia elena emilio ricardo fernando javier manuel pedro rafael roberto sergio eduardo ramon hector
raul mario francisco alberto andres diana gabriela adriana veronica monica leticia yolanda guadalupe
""".split())
