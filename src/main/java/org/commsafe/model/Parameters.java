package org.commsafe.model;

/**
 * Every parameter of the model, immutable. A scenario file sets any of them by its snake_case
 * name (e.g. {@code householdsPerOfficer} is {@code households_per_officer}); the rest keep the
 * defaults written here. {@link ParameterSpace} reads the annotations to build, validate and
 * document instances, so the annotation is the one place a parameter is described.
 *
 * <p>A class, not a record: a record's canonical constructor takes every component as a
 * parameter, and with this many doubles it passes the JVM's limit of 255 parameter slots.
 * Fields are declared (and {@link #values()} lists them) in the order of the ODD table.
 */
public final class Parameters {
    // ---------------------------------------------------------------- city
    @Param(group = "city", def = "4", unit = "communities", min = 1, max = 100,
        doc = "Communities along the city's x axis", source = "assumption (DESIGN.md 1: a 4 x 4 grid)")
    private final int gridWidth;
    @Param(group = "city", def = "4", unit = "communities", min = 1, max = 100,
        doc = "Communities along the city's y axis", source = "assumption (DESIGN.md 1: a 4 x 4 grid)")
    private final int gridHeight;
    @Param(group = "city", def = "TORUS", unit = "geometry",
        doc = "Edges of the city: TORUS (the grid wraps around, every community has the same surroundings) or BOUNDED (edge and corner communities have fewer neighbours)", source = "assumption (edge-free space so that position does not drive crime; docs/ODD.md, space)")
    private final Geometry geometry;
    @Param(group = "city", def = "3000", unit = "households", min = 30, max = 200000,
        doc = "Households in each community", source = "seed 1 (one officer's 3,000 households = one community)")
    private final int householdsPerCommunity;
    @Param(group = "city", def = "30", unit = "households", min = 1, max = 1000,
        doc = "Households per residential building (one grid cell)", source = "assumption (6-storey walk-up, 5 units a floor)")
    private final int householdsPerBuilding;
    @Param(group = "city", def = "0.30", unit = "share", min = 0, max = 1,
        doc = "Share of dwellings that are rented", source = "assumption (seed 'also': rentals hard to manage)")
    private final double rentalShare;
    @Param(group = "city", def = "0.25", unit = "share", min = 0, max = 1,
        doc = "Share of households of the floating (non-registered-resident) population", source = "assumption (seed 'also')")
    private final double floatingShare;
    @Param(group = "city", def = "0.1", unit = "1/month", min = 0, max = 1,
        doc = "Monthly turnover of floating households (newcomers arrive unregistered with the miss rate)", source = "seed 'also' (rental owners change too often)")
    private final double floatingTurnover;
    @Param(group = "city", def = "0.04", unit = "1/month", min = 0, max = 1,
        doc = "Monthly chance that a rented dwelling of a settled (non-floating) household gets a new tenant (floating households move at floating_turnover); a new tenant arrives unregistered with registration_miss_rate, less awareness (newcomer_awareness_factor) and its own belonging",
        source = "assumption (mean tenancy about two years; seed 'also': rental owners change too often)")
    private final double tenantTurnover;
    @Param(group = "city", def = "0.0", unit = "0-1", min = 0, max = 1,
        doc = "Landlord registration (lever): share of landlords who register a new tenant on arrival (the tenant is then registered whatever the miss rate)",
        source = "lever (seed 'also': rentals are hard to manage, their owners change too often)")
    private final double landlordRegistration;
    @Param(group = "city", def = "0.60", unit = "share", min = 0, max = 1,
        doc = "Share of households whose home is empty on weekdays 08-18", source = "assumption (urban dual-earner households)")
    private final double daytimeWorkerShare;
    @Param(group = "city", def = "0.2", unit = "probability", min = 0, max = 1,
        doc = "Chance a household's home is empty on a given evening, 18:00-22:00 (everyone out: shopping, eating out, exercise, visiting), drawn per household and day",
        source = "assumption (routine activities, Cohen & Felson 1979; NBS 2019, the 2018 China time use survey: most leisure is at home, TV 100 min a day, so whole-household evenings out are a minority; 0.2 not estimated)")
    private final double eveningOutProbability;
    @Param(group = "city", def = "0.3", unit = "probability", min = 0, max = 1,
        doc = "Chance a household's home is empty on a weekend day, 09:00-18:00 (outings, visiting relatives), drawn per household and day",
        source = "assumption (routine activities, Cohen & Felson 1979; NBS 2019 time use survey: more leisure and travel on rest days; 0.3 not estimated)")
    private final double weekendOutProbability;
    @Param(group = "city", def = "0.02", unit = "probability", min = 0, max = 1,
        doc = "Chance a household is away a whole day and night (travel, visiting the home town), drawn per household and day",
        source = "assumption (order of magnitude: Ministry of Culture and Tourism 2020, 2019 statistical bulletin: 6.0 billion domestic trips, about 5 per urban resident a year, some with nights away, i.e. about 7 nights a year; not estimated)")
    private final double nightAwayProbability;

    // ---------------------------------------------------------------- officer
    @Param(group = "officer", def = "3000", unit = "households/officer", min = 100, max = 20000,
        doc = "Households each community officer covers (standard 1,000; this city 3,000; up to 6,000)", source = "seed 1")
    private final int householdsPerOfficer;
    @Param(group = "officer", def = "10", unit = "hours/day", min = 1, max = 16,
        doc = "Hours an officer works on a working day", source = "assumption (long shifts, seed 1 'overload')")
    private final double officerHoursPerDay;
    @Param(group = "officer", def = "6", unit = "days/week", min = 1, max = 7,
        doc = "Working days per week of an officer", source = "assumption")
    private final int officerDaysPerWeek;
    @Param(group = "officer", def = "9", unit = "hour of day", min = 0, max = 23,
        doc = "Hour the officer's shift starts", source = "assumption")
    private final int officerShiftStart;
    @Param(group = "officer", def = "2", unit = "hours/day", min = 0, max = 16,
        doc = "Fixed duty-roster hours (station duty, patrol rota) claimed first", source = "seed 1 ('duty rosters and patrols')", free = true)
    private final double rosterHoursPerDay;
    @Param(group = "officer", def = "0.5", unit = "0-1", min = 0, max = 1,
        doc = "Quota pressure: share of the maximum quota hours the station demands", source = "seed 1 (arrest/fine/fee quotas)")
    private final double quotaPressure;
    @Param(group = "officer", def = "4", unit = "hours/day", min = 0, max = 16,
        doc = "Enforcement hours a full quota pressure would claim", source = "assumption")
    private final double quotaMaxHours;
    @Param(group = "officer", def = "0.5", unit = "share", min = 0, max = 1,
        doc = "Share of quota hours spent enforcing outside the home community", source = "seed 1 ('enforce across district lines')")
    private final double quotaOutsideShare;
    @Param(group = "officer", def = "0.003", unit = "probability/hour", min = 0, max = 1,
        doc = "Chance that one enforcement hour inside the beat stops and arrests a given active offender living there (scaled by the share of its community the beat covers)", source = "assumption")
    private final double offenderStopProbability;
    @Param(group = "officer", def = "10", unit = "days", min = 0, max = 365,
        doc = "Detention of an offender arrested by enforcement (not a sentence: no rehabilitation decision)", source = "assumption (PRC Public Security Administration Punishments Law 2005: administrative detention of 1-15 days)")
    private final int enforcementDetentionDays;
    @Param(group = "officer", def = "1.5", unit = "fines/hour", min = 0, max = 20,
        doc = "Fines one enforcement hour issues to minor offenders (unlicensed vendors, traffic and public-order violations) when their stock is full; in proportion to the stock left", source = "assumption")
    private final double finesPerEnforcementHour;
    @Param(group = "officer", def = "20", unit = "minor offenders/1000 households", min = 0, max = 1000,
        doc = "Stock of minor offenders (easy enforcement targets) a community holds when nobody fines them", source = "assumption")
    private final double minorOffendersPer1000Households;
    @Param(group = "officer", def = "0.05", unit = "1/day", min = 0, max = 1,
        doc = "Daily renewal of the minor-offender stock towards its full level (new vendors, new violators)", source = "assumption")
    private final double minorOffenderRenewal;
    @Param(group = "officer", def = "0.4", unit = "0-1", min = 0, max = 1,
        doc = "Appraisal: weight of countable results (arrests, fines, clearances) against prevention outcomes in how the station appraises officers; officers' orientation drifts to (1 - influence) x own + influence x (1 - weight)", source = "lever (seed 'bad appraisal'; default 0.4 = 1 - prevention_orientation, the weight under which appraisal leaves the seed city's orientation unchanged)")
    private final double appraisalEnforcementWeight;
    @Param(group = "officer", def = "0.5", unit = "0-1", min = 0, max = 1,
        doc = "Weight of the appraisal (vs the officer's own orientation) in the orientation officers drift to", source = "assumption")
    private final double appraisalInfluence;
    @Param(group = "officer", def = "0.1", unit = "1/month", min = 0, max = 1,
        doc = "Monthly share of the gap to the appraisal-rewarded orientation that officers close (half-life about 6.6 months)", source = "assumption")
    private final double appraisalAdjustmentRate;
    @Param(group = "officer", def = "2", unit = "hours", min = 0, max = 24,
        doc = "Officer hours to take one statement (per visit)", source = "seed 4 ('a few hours to half a day')")
    private final double statementHours;
    @Param(group = "officer", def = "2", unit = "visits", min = 1, max = 10,
        doc = "Station visits and statements per reported case", source = "seed 4 ('several visits, several statements')")
    private final int statementVisits;
    @Param(group = "officer", def = "4", unit = "registers", min = 1, max = 20,
        doc = "Registers (books) each case is written into", source = "seed 1 ('one case into several books')")
    private final int registersPerCase;
    @Param(group = "officer", def = "0.5", unit = "hours", min = 0, max = 8,
        doc = "Hours to write a case into one register", source = "assumption")
    private final double hoursPerRegister;
    @Param(group = "officer", def = "2", unit = "hours", min = 0, max = 40,
        doc = "Investigation hours per reported crime", source = "assumption", free = true)
    private final double investigationHours;
    @Param(group = "officer", def = "0.2", unit = "incidents/1000 households/day", min = 0, max = 10,
        doc = "Non-crime public-order incidents (disputes, complaints) reaching the officer", source = "seed 1 ('daily public-order cases')", free = true)
    private final double incidentsPer1000HouseholdsPerDay;
    @Param(group = "officer", def = "1.5", unit = "hours", min = 0, max = 24,
        doc = "Officer hours to handle one incident (before paperwork)", source = "assumption")
    private final double incidentHours;
    @Param(group = "officer", def = "0.6", unit = "0-1", min = 0, max = 1,
        doc = "Mean prevention orientation (1 = all free hours to community work, 0 = to enforcement)", source = "seed 1 (officers 'prefer striking at crime')")
    private final double preventionOrientation;
    @Param(group = "officer", def = "0.15", unit = "0-1", min = 0, max = 0.5,
        doc = "Spread (sd, normal, clamped to 0-1) of officers' own prevention orientation around its mean, drawn once per officer", source = "assumption (officers differ in how they would spend free hours; a survey of officers' preferred activities, or their logged hours, would pin it)")
    private final double officerOrientationSd;
    @Param(group = "officer", def = "0.7", unit = "0-1", min = 0, max = 1,
        doc = "Mean officer skill: scales investigation success", source = "seed 1 ('lack modern community skills')")
    private final double officerSkill;
    @Param(group = "officer", def = "0.1", unit = "0-1", min = 0, max = 0.5,
        doc = "Spread (sd, normal, clamped to 0-1) of officer skill around its mean, drawn once per officer", source = "assumption (officers differ in investigative skill; clearance rates per officer in station records would pin it)")
    private final double officerSkillSd;
    @Param(group = "officer", def = "0.8", unit = "0-1", min = 0, max = 1,
        doc = "Morale officers recover towards; effective effort = morale", source = "seed 1 ('show up but do not put in effort')")
    private final double moraleBase;
    @Param(group = "officer", def = "3", unit = "events/officer/year", min = 0, max = 100,
        doc = "Assaults, obstruction and malicious complaints against an officer", source = "seed 1 ('frequent')")
    private final double assaultComplaintRate;
    @Param(group = "officer", def = "0.2", unit = "share", min = 0, max = 1,
        doc = "Share of assaults and complaints whose authors are punished", source = "seed 1 ('not dealt with severely')")
    private final double assaultPunishedShare;
    @Param(group = "officer", def = "0.08", unit = "morale", min = 0, max = 1,
        doc = "Morale lost per punished assault/complaint (an unpunished one costs unpunished_morale_factor times as much)", source = "assumption")
    private final double moraleShock;
    @Param(group = "officer", def = "2", unit = "multiplier", min = 0, max = 10,
        doc = "Morale lost to an unpunished assault or complaint, as a multiple of morale_shock", source = "assumption (seed 1: assaults and complaints 'not dealt with severely' demoralise officers; twice the punished loss is not estimated; an officer survey of morale after incidents would pin it)")
    private final double unpunishedMoraleFactor;
    @Param(group = "officer", def = "0.01", unit = "1/day", min = 0, max = 1,
        doc = "Daily rate at which morale recovers towards its base", source = "assumption")
    private final double moraleRecovery;
    @Param(group = "officer", def = "0.6", unit = "share", min = 0, max = 1,
        doc = "Share of community hours spent on visible patrol and household visits", source = "assumption (seed 1 roles)")
    private final double patrolShare;
    @Param(group = "officer", def = "0.2", unit = "share", min = 0, max = 1,
        doc = "Share of community hours spent on publicity (the rest organises the watch group)", source = "assumption (seed 1 roles)")
    private final double publicityShare;
    @Param(group = "officer", def = "RANDOM_WALK", unit = "strategy",
        doc = "How officers spend patrol hours: RANDOM_WALK (beat walk between neighbouring buildings), HOTSPOT (short stops at the beat's buildings with the most recorded spatial crime, residual deterrence), DOOR_TO_DOOR (household visits)",
        source = "lever (seed 1: officers 'rarely enter the community'; default RANDOM_WALK: no crime-mapping deployment and no household visiting in the seed city)")
    private final PatrolStrategy patrolStrategy;
    @Param(group = "officer", def = "28.3816", unit = "buildings/hour", min = 0, max = 30,
        doc = "Buildings an officer passes in one hour of beat walk (RANDOM_WALK); each is watched for 60 / this minutes", source = "calibrated (docs/calibration.md: seed 1 unseen 10+ days; about 3 minutes per building, a walking pace); was: assumption 8", free = true)
    private final double buildingsPerPatrolHour;
    @Param(group = "officer", def = "0.9586", unit = "probability", min = 0, max = 1,
        doc = "Chance that an at-home household in a building the officer passes sees the officer (someone outside, at the gate or a window during the few minutes of the pass)", source = "calibrated (docs/calibration.md: seed 1 unseen 10+ days; the fit needs nearly every at-home household of a passed building to notice the officer, so a sighting stands for every way a resident sees its officer); was: assumption 0.1", free = true)
    private final double sightingProbability;
    @Param(group = "officer", def = "0.25", unit = "multiplier", min = 0, max = 1,
        doc = "Sighting chance next door to the building passed, as a multiple of the sighting probability", source = "assumption (the officer is seen from the adjacent buildings' gates and windows less often)")
    private final double sightingNeighbourFactor;
    @Param(group = "officer", def = "2", unit = "conversations/hour", min = 0, max = 20,
        doc = "Conversations with at-home residents of the buildings passed in one hour of beat walk or hot-spot patrol (each a contact)", source = "assumption (an officer on foot stops to talk with one or two residents an hour; Wycoff et al. 1985 describe such contacts as brief and friendly)")
    private final double conversationsPerPatrolHour;
    @Param(group = "officer", def = "15", unit = "minutes", min = 1, max = 60,
        doc = "Minutes of one door-to-door visit that finds someone at home (knock, introduction, conversation, record, walk to the next door)", source = "assumption (Wycoff et al. 1985, Houston citizen contact patrol: brief doorstep contacts; one officer a shift reached 37% of housing units in 8 months)")
    private final double visitMinutes;
    @Param(group = "officer", def = "3", unit = "minutes", min = 0.5, max = 60,
        doc = "Minutes lost at a door where nobody is at home (DOOR_TO_DOOR)", source = "assumption (knock, wait, leave a card)")
    private final double knockMinutes;
    @Param(group = "officer", def = "15", unit = "minutes", min = 1, max = 60,
        doc = "Dwell time of a hot-spot stop (HOTSPOT)", source = "Koper 1995: stops of 10-15 minutes maximise the disorder-free time after the officer leaves")
    private final double hotspotDwellMinutes;
    @Param(group = "officer", def = "30", unit = "minutes", min = 0, max = 60,
        doc = "Residual deterrence after a hot-spot stop: minutes of the next hour during which the officer still deters (HOTSPOT)", source = "Koper 1995: after 10-15 minute stops disorder within 30 minutes of departure fell from 15% to 4%")
    private final double residualDeterrenceMinutes;
    @Param(group = "officer", def = "0.05", unit = "share", min = 0.001, max = 1,
        doc = "Share of the beat's buildings on its hot-spot list, ranked on recorded spatial crime (HOTSPOT)", source = "Weisburd 2015: about half of crime at about 5% of places")
    private final double hotspotShare;
    @Param(group = "officer", def = "12", unit = "months", min = 1, max = 120,
        doc = "Memory of the hot-spot list: each month the recorded spatial crime counted for ranking buildings is discounted by (m - 1) / m and last month's records are added (a record's weight e-folds in about m months) (HOTSPOT)", source = "assumption (hot-spot maps usually rank places on about the last year's recorded crime; how far back stations look when they choose patrol points would pin it)")
    private final double hotspotMemoryMonths;
    @Param(group = "officer", def = "40", unit = "households/hour", min = 0, max = 1000,
        doc = "Households one hour of publicity approaches (talks, leaflets at the door or the compound gate); only those at home are reached",
        source = "assumption (inside a cited range: Green & Gerber 2004, Get Out the Vote: door-to-door canvassers plan on about 12 conversations an hour, and leaflet drops cover several times as many doors; 40 approaches an hour mixes short talks at the door with leaflets in dense compounds; not estimated for Chinese community police)")
    private final double householdsPerPublicityHour;

    // ---------------------------------------------------------------- offending
    @Param(group = "offending", def = "0.12", unit = "offenders/1000 households/year", min = 0, max = 10,
        doc = "Onset: residents (non-floating) who start offending, per 1,000 households per year; with desistance it sets the local offender stock (0.12 / 0.1 = 1.2 per 1,000 households)", source = "assumption (no Chinese onset statistic found; set so the equilibrium stock equals the closed pool of the previous version, 2 per 1,000 households with the floating newcomers)", free = true)
    private final double offenderEntryRate;
    @Param(group = "offending", def = "3.5", unit = "offenders/1000 newcomer households", min = 0, max = 100,
        doc = "Offenders among arriving floating households: floating newcomers arrive at floating_turnover x floating households a month, this many per 1,000 of them offend; floating offenders leave with the same turnover", source = "assumption (seed 'also': outsiders; about twice the local prevalence per household)")
    private final double floatingNewcomerOffenderRate;
    @Param(group = "offending", def = "0.1", unit = "1/year", min = 0.01, max = 10,
        doc = "Desistance (ageing out): yearly hazard that an offender's criminal career ends, decided per offender life by its own uniform, whatever happens to it", source = "Farrington et al. 2013: average conviction career about 10 years (Cambridge Study, males to age 56)")
    private final double offenderDesistanceRate;
    @Param(group = "offending", def = "0.5", unit = "probability", min = 0, max = 1,
        doc = "Registration miss rate of the floating population", source = "seed 'also' ('high miss rate')")
    private final double registrationMissRate;
    @Param(group = "offending", def = "0.2", unit = "attempts/offender/day", min = 0, max = 10,
        doc = "Mean attempt rate of an active offender", source = "assumption", free = true)
    private final double attemptsPerOffenderPerDay;
    @Param(group = "offending", def = "1.5", unit = "log-sd", min = 0, max = 3,
        doc = "Spread of buildings' attractiveness to offenders (lognormal, mean 1; 0 = all alike): at 1.5 about 45% of attempts fall on 5% of buildings", source = "Weisburd 2015 (about half of crime at about 5% of places)", free = true)
    private final double buildingAttractivenessSd;
    @Param(group = "offending", def = "0.5333", unit = "share", min = 0, max = 1,
        doc = "Share of local offenders' attempts that are burglaries (the rest are vehicle/bicycle thefts; fraud is remote, see fraud_attempts_phone)", source = "assumption (the former shares 0.40 burglary : 0.35 vehicle theft, renormalised without fraud)")
    private final double burglaryShare;
    @Param(group = "offending", def = "0.3007", unit = "probability", min = 0, max = 1,
        doc = "Chance a door is left unlocked, at zero awareness (falls linearly with awareness)", source = "calibrated (docs/calibration.md); was: seed 4 (walk-in burglary)", free = true)
    private final double unlockedDoorProbability;
    @Param(group = "offending", def = "0.25", unit = "probability", min = 0, max = 1,
        doc = "Chance a vehicle or bicycle is carelessly parked, at zero awareness", source = "seed 4 (careless parking)", free = true)
    private final double carelessParkingProbability;
    @Param(group = "offending", def = "0.2", unit = "probability", min = 0, max = 1,
        doc = "Chance a household falls for a scam, at zero awareness", source = "seed 4 (fraud)", free = true)
    private final double fraudSuccessProbability;
    @Param(group = "offending", def = "0.0117", unit = "attempts/household/year", min = 0, max = 100,
        doc = "Remote fraud attempts by telephone (a scam call or text that engages the household, not mere spam) per household per year; organised callers outside the city", source = "assumption (an engaged approach: ISC 2016 has 66% of netizens receiving fraud calls a year and 360 Security 2016 about 0.1% of scam calls near-succeeding; total kept at the former model's 0.02 fraud attempts per household-year, split 66:47 phone:online as ISC 2016's exposure shares)")
    private final double fraudAttemptsPhone;
    @Param(group = "offending", def = "0.0083", unit = "attempts/household/year", min = 0, max = 100,
        doc = "Remote fraud attempts online (social media, fake shops, phishing links) that engage the household, per household per year", source = "assumption (as fraud_attempts_phone; ISC 2016: 47% of netizens met cheating on social networks in a year)")
    private final double fraudAttemptsOnline;
    @Param(group = "offending", def = "0.35", unit = "probability", min = 0, max = 1,
        doc = "Chance a forced entry succeeds against a home with no physical or technical defence", source = "assumption", free = true)
    private final double forcedEntrySuccess;
    @Param(group = "offending", def = "0.2", unit = "probability", min = 0, max = 1,
        doc = "Chance of stealing a properly secured vehicle or bicycle", source = "assumption", free = true)
    private final double securedVehicleTheftSuccess;
    @Param(group = "offending", def = "0.9", unit = "probability", min = 0, max = 1,
        doc = "Chance of stealing a carelessly parked vehicle or bicycle", source = "assumption")
    private final double carelessVehicleTheftSuccess;
    @Param(group = "offending", def = "0.9", unit = "probability", min = 0, max = 1,
        doc = "Chance occupants at home deter a burglary", source = "assumption (routine activity theory, Cohen & Felson 1979: occupants are capable guardians; 0.9 not estimated)")
    private final double occupantDeterrence;
    @Param(group = "offending", def = "0.5", unit = "probability", min = 0, max = 1,
        doc = "Chance occupants at home but asleep (from bedtime_hour to wake_hour, 23:00-07:00) deter a burglary; occupant_deterrence applies when they are awake",
        source = "assumption (direction from Coupe & Blake 2006, Criminology 44:431: burglars take occupied homes in darkness because they are less likely to be seen; sleeping occupants do not answer an occupancy check; half the awake value, not estimated)")
    private final double occupantDeterrenceAsleep;
    @Param(group = "offending", def = "2", unit = "doors", min = 0, max = 10,
        doc = "Further doors of the same building a burglar tries after an occupancy check found the first home occupied (awake occupants noticed with occupant_deterrence; sleeping ones are not noticed beforehand); 0 = an occupied home ends the attempt",
        source = "assumption (Wright & Decker 1994, Burglars on the Job: burglars check occupancy by knocking or ringing and move on from occupied homes; Nee & Meenaghan 2006, Brit J Criminol 46:935: occupancy is the main cue in target search; the number of doors is not estimated)")
    private final int burglarDoorTries;
    @Param(group = "offending", def = "23", unit = "hour of day", min = 0, max = 23,
        doc = "Hour occupants at home go to sleep (occupant_deterrence_asleep applies from this hour to wake_hour; the window may wrap midnight; bedtime_hour = wake_hour: nobody sleeps)", source = "assumption (an urban routine of 8 hours of night sleep, 23:00-07:00; NBS 2019, the 2018 China time use survey: 9 h 19 min a day of sleep and rest, naps included; the survey's hourly activity profile would pin the window)")
    private final int bedtimeHour;
    @Param(group = "offending", def = "7", unit = "hour of day", min = 0, max = 23,
        doc = "Hour occupants at home wake up (end of the sleep window that starts at bedtime_hour)", source = "assumption (as bedtime_hour)")
    private final int wakeHour;
    @Param(group = "offending", def = "0.8", unit = "probability", min = 0, max = 1,
        doc = "Chance an officer in or next to the target building deters the attempt",
        source = "assumption (direction from burglar interviews: Wright & Decker 1994 and Cromwell et al. 1991 report that burglars abandon a target when police are seen nearby; Koper 1995: a police presence deters for minutes after it leaves; 0.8 not estimated)")
    private final double officerDeterrence;
    @Param(group = "offending", def = "0.5", unit = "probability", min = 0, max = 1,
        doc = "Chance a watch patrol in or next to the target building deters the attempt", source = "assumption")
    private final double watchDeterrence;
    @Param(group = "offending", def = "0.3", unit = "probability", min = 0, max = 1,
        doc = "Chance a public camera covering the target deters the attempt", source = "assumption (Welsh & Farrington 2009: modest CCTV effect)")
    private final double cameraDeterrence;
    @Param(group = "offending", def = "0.5", unit = "0-1", min = 0, max = 1,
        doc = "Reduction of forced-entry success by physical defence (doors, bars, locks)", source = "assumption")
    private final double physicalDefenceEffect;
    @Param(group = "offending", def = "0.6", unit = "0-1", min = 0, max = 1,
        doc = "Reduction of burglary success at a home with technical defence whose alarm is armed at the attempt (tech_alarm_armed_share), for forced entries and for walk-ins through an unlocked door alike; vehicle theft: tech_vehicle_effect",
        source = "assumption (0.6 not estimated; the CSEW finds alarms alone give no protection against burglary with entry, security protection factor below 1: Tseloni et al. 2017, Tilley et al. 2015; set 0 to test that finding)")
    private final double techDefenceEffect;
    @Param(group = "offending", def = "180", unit = "days", min = 0, max = 3650,
        doc = "Days a cleared offender is incarcerated", source = "assumption")
    private final int incarcerationDays;
    @Param(group = "offending", def = "0.4", unit = "probability", min = 0, max = 1,
        doc = "Chance a released offender cooperates with rehabilitation", source = "seed 'also' ('do not cooperate')")
    private final double rehabilitationCooperation;
    @Param(group = "offending", def = "1.5", unit = "multiplier", min = 0, max = 10,
        doc = "Attempt rate of a released offender who does not cooperate with rehabilitation, as a multiple of the offender's base motivation (not compounded across releases)", source = "assumption")
    private final double reoffendMultiplier;
    @Param(group = "offending", def = "0.5", unit = "multiplier", min = 0, max = 10,
        doc = "Attempt rate of a released offender who cooperates with rehabilitation, as a multiple of the base motivation", source = "assumption")
    private final double rehabilitationMotivationFactor;
    @Param(group = "offending", def = "0.5", unit = "multiplier", min = 0, max = 1,
        doc = "Spread of offenders' base motivation (attempt-rate multiplier), drawn once per offender life uniform on [1 - this, 1 + this] (mean 1; 0: all offenders alike)", source = "assumption (offending frequency differs much between offenders, Blumstein et al. 1986, Criminal Careers and 'Career Criminals'; a uniform of +-50% is a modest stand-in; the distribution of offences per offender-year in self-reports or cleared-case histories would pin it)")
    private final double motivationSpread;
    @Param(group = "offending", def = "3", unit = "multiplier", min = 0.1, max = 100,
        doc = "Cap on an offender's motivation (attempt-rate multiplier); base motivations are uniform on [1 - motivation_spread, 1 + motivation_spread]", source = "assumption")
    private final double motivationCap;
    @Param(group = "offending", def = "0.3", unit = "0-1", min = 0, max = 1,
        doc = "Perceived-risk gain when an offender is deterred or arrested in a community", source = "assumption")
    private final double riskLearning;
    @Param(group = "offending", def = "0.02", unit = "1/day", min = 0, max = 1,
        doc = "Daily decay of perceived risk", source = "assumption")
    private final double riskDecay;
    @Param(group = "offending", def = "4", unit = "1/risk", min = 0, max = 100,
        doc = "How strongly perceived risk in a community lowers its pull in the offender's choice of community: weight = distance weight x (1 + success) / (1 + this x risk)", source = "assumption (at a perceived risk of 0.25 a community's pull halves; not estimated: displacement of offenders' activity after arrests or deterrence in an area would pin it)")
    private final double communityRiskAversion;
    @Param(group = "offending", def = "0.2", unit = "1/success", min = 0, max = 5,
        doc = "Rise of an offender's remembered success in a community per successful crime there (the community's pull is multiplied by 1 + remembered success)", source = "assumption (offenders return to areas where they succeeded, Bernasco 2008; five recent successes double the pull; not estimated)")
    private final double successLearning;
    @Param(group = "offending", def = "5", unit = "success", min = 0, max = 100,
        doc = "Cap on an offender's remembered success in a community (its pull at most 1 + this times the base)", source = "assumption (bounds the pull of a familiar area; not estimated)")
    private final double successCap;
    @Param(group = "offending", def = "0.01", unit = "1/day", min = 0, max = 1,
        doc = "Daily decay of remembered success in a community (half-life about 69 days)", source = "assumption (knowledge of an area goes stale; the time between an offender's repeat offences in an area would pin it)")
    private final double successDecay;
    @Param(group = "offending", def = "1.0", unit = "1/community", min = 0, max = 10,
        doc = "Distance decay of an offender's choice of community (communities away from home)", source = "assumption (journey-to-crime distance decay, Rossmo 2000; the rate per community is not estimated)")
    private final double distanceDecay;
    @Param(group = "offending", def = "0.2", unit = "probability", min = 0, max = 1,
        doc = "Chance an offender choosing a burglary target returns to the home of its last successful burglary, just after that success; it decays with return_memory_days (boost account of repeat victimisation)",
        source = "assumption (Ericsson 1995: about three in four interviewed burglars had returned to a home they had burgled; 1 - 0.8^6 = 0.74 over six successes; Everson & Pease 2001, Bernasco 2008: repeats are mostly by the same offender; per-choice figure not estimated)")
    private final double returnProbability;
    @Param(group = "offending", def = "30", unit = "days", min = 1, max = 3650,
        doc = "Time constant (e-folding) of the decay of the chance to return to the last successful burglary target",
        source = "assumption (what the offender knows of the home goes stale as goods are replaced and defences upgraded; Bernasco 2008: same-offender involvement falls with the time between burglaries; the time scale is not estimated)")
    private final int returnMemoryDays;
    @Param(group = "offending", def = "0.3", unit = "0-1", min = 0, max = 1,
        doc = "Offenders' shared street knowledge: rise of a building's perceived risk (share of the gap to 1) when an attempt there is stopped by an officer, a watch patrol or a camera", source = "assumption (burglars share what they learn about places: Wright & Decker 1994)")
    private final double placeRiskLearning;
    @Param(group = "offending", def = "0.5", unit = "share", min = 0, max = 1,
        doc = "Share of a building's perceived-risk rise that spreads to its neighbouring buildings (0: displacement only, high: diffusion of benefits)", source = "assumption (Clarke & Weisburd 1994: offenders overestimate the reach of measures)")
    private final double placeRiskSpread;
    @Param(group = "offending", def = "4", unit = "1/risk", min = 0, max = 100,
        doc = "How strongly perceived place risk lowers a building's pull: weight = attractiveness / (1 + this * risk); decays at risk_decay", source = "assumption (same form as the community choice)")
    private final double placeRiskAversion;
    @Param(group = "offending", def = "0", unit = "0-1", min = 0, max = 1,
        doc = "Offenders' shared knowledge of when to offend: rise of an hour of the week's perceived risk (share of the gap to 1) when an attempt in that hour is stopped by any guardian; decays at risk_decay. 0 (default) = attempts are spread evenly over the hours",
        source = "assumption (rational choice, Cornish & Clarke 1986; burglars time their work to when homes are empty, Rengert & Wasilchick 1985; off by default: at the baseline's volume one shared profile of 168 hours learnt from stops is mostly noise, seed-to-seed correlation 0.28 at 0.3, see ODD 7.3)")
    private final double timeRiskLearning;
    @Param(group = "offending", def = "4", unit = "1/risk", min = 0, max = 100,
        doc = "How strongly an hour's perceived risk moves attempts away from it: rate x 1 / (1 + this * risk), renormalised to mean 1 over the week (0 = a flat profile)",
        source = "assumption (same form and value as place_risk_aversion)")
    private final double timeRiskAversion;

    // ---------------------------------------------------------------- reporting and clearance
    @Param(group = "reporting", def = "-0.3004", unit = "logit", min = -20, max = 20,
        doc = "Intercept of the reporting decision", source = "calibrated (seed 4: reporting below 70%)", free = true)
    private final double reportingIntercept;
    @Param(group = "reporting", def = "2.0", unit = "logit/seriousness", min = 0, max = 20,
        doc = "Weight of seriousness in the reporting decision", source = "assumption (Skogan 1984)")
    private final double reportingSeriousnessWeight;
    @Param(group = "reporting", def = "1.0", unit = "logit/trust", min = 0, max = 20,
        doc = "Weight of trust in police in the reporting decision", source = "assumption (Goudriaan 2006)")
    private final double reportingTrustWeight;
    @Param(group = "reporting", def = "1.5", unit = "logit/clearance", min = 0, max = 20,
        doc = "Weight of the expected clearance rate in the reporting decision", source = "seed 4 ('low clearance')")
    private final double reportingClearanceWeight;
    @Param(group = "reporting", def = "0.3", unit = "1/month", min = 0, max = 1,
        doc = "Weight of last month's clearance rate in a community's perceived clearance (the rest is the previous perception); months without reports leave it unchanged", source = "assumption (residents learn of clearances slowly, by word of mouth; half-life about 2 months; a panel survey of perceived police effectiveness would pin it)")
    private final double clearancePerceptionWeight;
    @Param(group = "reporting", def = "0.12", unit = "logit/hour", min = 0, max = 5,
        doc = "Weight of the reporting cost (victim hours at the station) in the decision", source = "seed 4 ('reporting is costly')", free = true)
    private final double reportingCostWeight;
    @Param(group = "reporting", def = "1.4372", unit = "logit", min = 0, max = 10,
        doc = "Reluctance to report a loss caused by one's own carelessness", source = "calibrated (docs/calibration.md); was: seed 4 ('accept their bad luck')", free = true)
    private final double carelessnessShame;
    @Param(group = "reporting", def = "0.8", unit = "0-1", min = 0, max = 1,
        doc = "Seriousness of a burglary", source = "assumption")
    private final double seriousnessBurglary;
    @Param(group = "reporting", def = "0.5", unit = "0-1", min = 0, max = 1,
        doc = "Seriousness of a vehicle or bicycle theft", source = "assumption")
    private final double seriousnessVehicleTheft;
    @Param(group = "reporting", def = "0.6", unit = "0-1", min = 0, max = 1,
        doc = "Seriousness of a fraud", source = "assumption")
    private final double seriousnessFraud;
    @Param(group = "reporting", def = "0.3", unit = "probability", min = 0, max = 1,
        doc = "Chance a fully skilled officer clears a case investigated at once", source = "assumption", free = true)
    private final double clearanceProbability;
    @Param(group = "reporting", def = "0.10", unit = "probability", min = 0, max = 1,
        doc = "Chance that a reported remote fraud is cleared when the local officer finishes the case (the offenders are elsewhere; a clearance arrests no local offender)", source = "assumption (below the national figure: MPS via Xinhua 2017, 83,000 telecom fraud cases solved in 2016 against about 590,000 registered in 2015, about 0.14, mostly by specialised units)")
    private final double fraudLocalClearance;
    @Param(group = "reporting", def = "0.5", unit = "share", min = 0, max = 5,
        doc = "Relative rise of clearance when a camera covers the crime scene", source = "assumption")
    private final double cameraEvidenceBonus;
    @Param(group = "reporting", def = "0.3", unit = "multiplier", min = 0, max = 1,
        doc = "Clearance multiplier when the offender is unregistered floating population", source = "seed 'also' (outsiders go unmonitored)")
    private final double unregisteredClearanceFactor;
    @Param(group = "reporting", def = "0.0", unit = "0-1", min = 0, max = 1,
        doc = "Information sharing (lever) between the police and other departments (justice, civil affairs, city management, health): 0 none, 1 full; raises the registration of floating households and of floating offenders (key persons listed at their place of registration) and the clearance of unregistered floating offenders",
        source = "lever (seed 'also': sharing between the police and other departments; key persons registered elsewhere go unmonitored)")
    private final double infoSharing;
    @Param(group = "reporting", def = "0.5", unit = "share", min = 0, max = 1,
        doc = "Share of unregistered newcomers (floating households, floating offenders) that appear in another department's records: at full sharing, the monthly chance that an unregistered one is registered through shared records, and the chance a newcomer is registered on arrival",
        source = "assumption")
    private final double infoSharingCoverage;
    @Param(group = "reporting", def = "0.5", unit = "share", min = 0, max = 1,
        doc = "Share of the clearance shortfall of an unregistered floating offender (1 - unregistered_clearance_factor) that full information sharing closes (identity, address and prior records from other places)",
        source = "assumption")
    private final double infoSharingClearanceGain;
    @Param(group = "reporting", def = "20", unit = "days", min = 1, max = 3650,
        doc = "Half-life of evidence while a case waits in the backlog", source = "assumption")
    private final double evidenceHalfLifeDays;

    // ---------------------------------------------------------------- residents
    @Param(group = "residents", def = "0.35", unit = "0-1", min = 0, max = 1,
        doc = "Mean baseline self-protection awareness", source = "seed 4 ('weak')", free = true)
    private final double awarenessMean;
    @Param(group = "residents", def = "0.15", unit = "0-1", min = 0, max = 0.5,
        doc = "Spread (sd) of baseline awareness between households", source = "assumption")
    private final double awarenessSd;
    @Param(group = "residents", def = "0.01", unit = "1/day", min = 0, max = 1,
        doc = "Daily decay of raised awareness and trust towards each household's baseline", source = "assumption")
    private final double attitudeDecay;
    @Param(group = "residents", def = "0.7", unit = "multiple", min = 0, max = 1,
        doc = "Awareness of a new tenant as a multiple of the dwelling's baseline awareness (a newcomer does not yet know the local risks); the shortfall fades at attitude_decay",
        source = "assumption (seed 'also': rentals; direction from Sampson 1988, ASR 53: length of residence raises local ties)")
    private final double newcomerAwarenessFactor;
    @Param(group = "residents", def = "0.1", unit = "1/month", min = 0, max = 1,
        doc = "Monthly share of the gap to its target that a household's belonging and willingness to pay close (targets: belonging_* and wtp_* below)",
        source = "assumption (half-life about 7 months)")
    private final double attitudeAdjustmentRate;
    @Param(group = "residents", def = "0.3", unit = "belonging/trust", min = 0, max = 5,
        doc = "Rise of a household's belonging target per unit of trust in the police above its own baseline (contact, cleared cases; lowered by uncleared ones)",
        source = "assumption (direction: Sampson et al. 1997, collective efficacy joins trust and attachment; size not estimated)")
    private final double belongingTrustWeight;
    @Param(group = "residents", def = "0.1", unit = "0-1", min = 0, max = 1,
        doc = "Fall of a household's belonging target while it was victimised within victim_memory_days",
        source = "assumption (direction: Dugan 1999, Criminology 37: property-crime victims are more likely to move; size not estimated)")
    private final double belongingVictimLoss;
    @Param(group = "residents", def = "0.05", unit = "0-1", min = 0, max = 1,
        doc = "Rise of a household's belonging target while it saw its watch group (a patrol past its building, a talk with a member) within the last 30 days: participation in collective action",
        source = "assumption (direction: Sampson 1988, ASR 53: local ties raise attachment; size not estimated)")
    private final double belongingParticipationGain;
    @Param(group = "residents", def = "0.1", unit = "0-1", min = 0, max = 1,
        doc = "Rise of a household's willingness-to-pay target while it was victimised within victim_memory_days (security is worth more after a crime)",
        source = "assumption (direction: victimised households buy security more often, Tseloni et al. 2017; size not estimated)")
    private final double wtpVictimGain;
    @Param(group = "residents", def = "0.3", unit = "wtp/trust", min = 0, max = 5,
        doc = "Rise of a household's willingness-to-pay target per unit of trust in the police above its own baseline (trust that the money is well spent; seed 5: distrust reads a collection as a levy)",
        source = "assumption (seed 5 gives the direction)")
    private final double wtpTrustWeight;
    @Param(group = "residents", def = "0.5", unit = "wtp/belonging", min = 0, max = 5,
        doc = "Rise of a household's willingness-to-pay target per unit of belonging above its baseline (people attached to a place pay for it)",
        source = "assumption")
    private final double wtpBelongingWeight;
    @Param(group = "residents", def = "365", unit = "days", min = 1, max = 3650,
        doc = "Days a victimisation keeps weighing on a household's belonging and willingness to pay",
        source = "assumption")
    private final int victimMemoryDays;
    @Param(group = "residents", def = "0.3", unit = "0-1", min = 0, max = 1,
        doc = "Awareness gain (share of the gap to 1) after own victimisation",
        source = "assumption (direction from Budd 1999, BCS 1998: victims upgrade home security after a burglary; Tseloni et al. 2014: security in place reduces risk; 0.3 not estimated)")
    private final double victimAwarenessGain;
    @Param(group = "residents", def = "0.05", unit = "0-1", min = 0, max = 1,
        doc = "Awareness gain after a neighbour in the building is victimised", source = "assumption")
    private final double neighbourAwarenessGain;
    @Param(group = "residents", def = "0.15", unit = "0-1", min = 0, max = 1,
        doc = "Awareness gain from officer or watch publicity reaching the household (share of the gap to 1: a household's chance of a lapse of self-protection falls by this share, then fades with attitude_decay)",
        source = "assumption (inside a cited range: Portland Police Bureau 1984, NCJ 100426: 69% read a home-security brochure and 68% of them said they improved their security, 47% in all, self-reported, an upper bound; Hodgkinson et al. 2025, Luton cluster RCT: advice letters changed burglary by IRR 1.07 [0.59, 1.95], no detectable effect; Scheibe et al. 2014, Basic Appl Soc Psych 36:272: one forewarning call reduced acceptance of a mock phone scam two to four weeks later; 0.15 lies between; not estimated)")
    private final double publicityAwarenessGain;
    @Param(group = "residents", def = "0.0", unit = "0-1/month", min = 0, max = 1,
        doc = "City-wide awareness campaign: gain applied to every household each month", source = "lever (seed 4)")
    private final double awarenessCampaign;
    @Param(group = "residents", def = "0.45", unit = "0-1", min = 0, max = 1,
        doc = "Mean baseline trust in the police", source = "assumption")
    private final double trustMean;
    @Param(group = "residents", def = "0.15", unit = "0-1", min = 0, max = 0.5,
        doc = "Spread (sd, normal, clamped to 0-1) of baseline trust in the police between households", source = "assumption (as awareness_sd; the spread of a trust-in-police item in a household survey of the city would pin it)")
    private final double trustSd;
    @Param(group = "residents", def = "0.03", unit = "0-1", min = 0, max = 1,
        doc = "Trust gain (share of the gap to 1) from a conversation, household visit or publicity contact with the officer", source = "assumption (Skogan 2006: contacts move confidence in the police only a little)")
    private final double contactTrustGain;
    @Param(group = "residents", def = "0.005", unit = "0-1", min = 0, max = 1,
        doc = "Trust gain (share of the gap to 1) on a day a household sees its officer pass", source = "assumption (a sighting is no conversation: a sixth of a contact's gain)")
    private final double sightingTrustGain;
    @Param(group = "residents", def = "0.2", unit = "0-1", min = 0, max = 1,
        doc = "Trust gain when one's reported case is cleared", source = "assumption")
    private final double clearedTrustGain;
    @Param(group = "residents", def = "0.1", unit = "0-1", min = 0, max = 1,
        doc = "Trust loss when one's reported case is not cleared", source = "assumption")
    private final double unclearedTrustLoss;
    @Param(group = "residents", def = "0.3", unit = "0-1", min = 0, max = 1,
        doc = "Mean sense of belonging to the community", source = "seed 1 ('low sense of belonging')")
    private final double belongingMean;
    @Param(group = "residents", def = "0.1", unit = "0-1", min = 0, max = 0.5,
        doc = "Spread (sd, normal, clamped to 0-1) of sense of belonging between households of the same kind", source = "assumption (a survey item on attachment to the community would pin it)")
    private final double belongingSd;
    @Param(group = "residents", def = "1.2", unit = "multiplier", min = 0, max = 5,
        doc = "Mean belonging of owner-occupier registered households, as a multiple of belonging_mean", source = "assumption (seed 'also': rentals hard to manage; direction from Sampson 1988, ASR 53: length of residence raises local attachment; the factor is not estimated)")
    private final double belongingSettledFactor;
    @Param(group = "residents", def = "0.6", unit = "multiplier", min = 0, max = 5,
        doc = "Mean belonging of renters and floating households, as a multiple of belonging_mean", source = "assumption (as belonging_settled_factor)")
    private final double belongingMobileFactor;
    @Param(group = "residents", def = "0.2", unit = "0-1", min = 0, max = 1,
        doc = "Mean willingness to pay for security", source = "seed 4 ('will not pay for security')")
    private final double willingnessToPayMean;
    @Param(group = "residents", def = "0.1", unit = "0-1", min = 0, max = 0.5,
        doc = "Spread (sd, normal, clamped to 0-1) of willingness to pay for security between households", source = "assumption (a contingent-valuation survey of household security spending would pin it)")
    private final double willingnessToPaySd;
    @Param(group = "residents", def = "0.6", unit = "share", min = 0, max = 1,
        doc = "Share of homes with physical defence (security doors, bars)", source = "seed 5 ('doors, bars and locks')")
    private final double physicalDefenceShare;
    @Param(group = "residents", def = "1.0", unit = "0-1", min = 0, max = 5,
        doc = "Perceived cost of household technical defence", source = "assumption")
    private final double techDefenceCost;
    @Param(group = "residents", def = "0.0", unit = "0-1", min = 0, max = 5,
        doc = "Subsidy towards household technical defence (same scale as cost)", source = "lever (seed 5)")
    private final double techDefenceSubsidy;
    @Param(group = "residents", def = "0.0014", unit = "1/month", min = 0, max = 1,
        doc = "Monthly adoption chance of a household whose adoption utility is neutral", source = "calibrated (seed 5: technical defence is 'rare'; target tech_adoption_share 0.01-0.08); was: assumption 0.005", free = true)
    private final double techAdoptionRate;
    @Param(group = "residents", def = "3", unit = "1/utility", min = 0, max = 20,
        doc = "Steepness of technical-defence adoption in the adoption utility: monthly chance = tech_adoption_rate x 2 / (1 + exp(-this x utility)), at most twice the neutral rate", source = "assumption (logistic diffusion, Rogers 2003; the slope is not estimated: adoption rates by subsidy or by neighbours' adoption would pin it)")
    private final double techAdoptionUtilitySlope;
    @Param(group = "residents", def = "0.0167", unit = "1/month", min = 0, max = 1,
        doc = "Monthly chance that a home's technical defence is lost (device fails, household moves out): mean life 5 years; the household then decides afresh each month, so replacement happens at its adoption probability", source = "assumption")
    private final double techAbandonmentRate;
    @Param(group = "residents", def = "1.0", unit = "utility", min = 0, max = 10,
        doc = "Weight of neighbours' adoption in the building (diffusion)", source = "assumption (Rogers 2003)")
    private final double techNeighbourWeight;

    // ---------------------------------------------------------------- watch group
    @Param(group = "watch", def = "500", unit = "yuan/month", min = 0, max = 1e6,
        doc = "Government budget to each community's watch group", source = "seed 2 ('a little from the budget')")
    private final double watchGovernmentBudget;
    @Param(group = "watch", def = "10", unit = "yuan/month", min = 0, max = 1e4,
        doc = "Monthly contribution of a household with full willingness to pay, belonging and trust (scaled by each household's three, and by what it saw the group do and crime nearby)", source = "seed 2 ('a little from individuals')")
    private final double watchContribution;
    @Param(group = "watch", def = "0.7", unit = "0-1", min = 0, max = 1,
        doc = "'I already pay taxes': how much this attitude suppresses contributions", source = "seed 2")
    private final double taxpayerAttitude;
    @Param(group = "watch", def = "200", unit = "yuan/month", min = 0, max = 1e6,
        doc = "Income from convenience-service activities", source = "seed 2 ('a little from activities')")
    private final double watchActivityIncome;
    @Param(group = "watch", def = "300", unit = "yuan/month", min = 1, max = 1e5,
        doc = "Monthly stipend of a member who patrolled that month, paid while the balance lasts (a group on paper pays none)", source = "assumption")
    private final double watchStipend;
    @Param(group = "watch", def = "20", unit = "members", min = 0, max = 10000,
        doc = "Members on the roll at the start", source = "seed 2 ('formally set up')")
    private final int watchInitialMembers;
    @Param(group = "watch", def = "0.0002", unit = "1/month", min = 0, max = 1,
        doc = "Monthly chance a working household with full belonging and trust joins, before mobilisation and stipend offers", source = "assumption (was 0.001 when members were not weighted by trust; at 0.0002 most baseline groups are on paper, seed 2 'in name only', with no figure fitted)")
    private final double watchJoinRate;
    @Param(group = "watch", def = "0.02", unit = "1/hour", min = 0, max = 10,
        doc = "Rise in joining per monthly hour of officer organising and cadre support", source = "assumption")
    private final double watchMobilisationEffect;
    @Param(group = "watch", def = "3", unit = "multiplier", min = 0, max = 100,
        doc = "Rise in joining when the balance could pay a month's stipends to every willing member (at least a rota's worth; scaled by the share it could pay)", source = "assumption (DESIGN.md 1 process 7: members join with a stipend)")
    private final double watchStipendAttraction;
    @Param(group = "watch", def = "0.05", unit = "1/month", min = 0, max = 1,
        doc = "Monthly share of members who leave for any reason (moving, health, loss of interest)", source = "assumption")
    private final double watchChurn;
    @Param(group = "watch", def = "0.5", unit = "share", min = 0, max = 1,
        doc = "Chance a member is willing to patrol in a given month (the month's rota)", source = "assumption")
    private final double watchWillingShare;
    @Param(group = "watch", def = "16", unit = "hours/member/month", min = 0, max = 200,
        doc = "Patrol hours a member on an active group's rota walks a month: by day (08-18) for members at home in the day, in the evening (19-22) for working members", source = "lever (seed 2 'prevention not put into practice'; was: assumption)")
    private final double watchHoursPerMember;
    @Param(group = "watch", def = "5", unit = "members", min = 0, max = 1000,
        doc = "Willing members a group needs to run a patrol rota; with fewer it exists on paper (no patrols, no stipends)", source = "seed 2 ('in name only')")
    private final int watchActiveThreshold;
    @Param(group = "watch", def = "4", unit = "buildings/hour", min = 0, max = 100,
        doc = "Buildings one patrolling member passes in a patrol hour, each (with its neighbours) watched for 60 / this minutes", source = "assumption")
    private final double watchBuildingsPerHour;
    @Param(group = "watch", def = "19", unit = "hour of day", min = 0, max = 23,
        doc = "Hour the watch's evening patrol starts: the evening's patrolling members are drawn then and each walks watch_patrol_hours hours", source = "assumption (DESIGN.md: watch groups patrol in the evening; the hours are not given; the groups' patrol rosters would pin them)")
    private final int watchStartHour;
    @Param(group = "watch", def = "3", unit = "hours", min = 1, max = 12,
        doc = "Length of the watch's evening patrol: patrolling members walk from watch_start_hour for this many hours (ending by midnight)", source = "assumption (as watch_start_hour)")
    private final int watchPatrolHours;
    @Param(group = "watch", def = "2", unit = "multiplier", min = 0, max = 100,
        doc = "Joining weight of a household at home in the day (not a daytime worker) relative to a working one: retirees and others at home have the time for daytime patrols", source = "assumption (community volunteer patrols in Chinese cities are mostly retired residents)")
    private final double watchDayMemberWeight;
    @Param(group = "watch", def = "0.2", unit = "1/month", min = 0, max = 1,
        doc = "Extra monthly chance that a member willing to patrol leaves when the group did not use them (it was on paper) or did not pay them", source = "assumption (volunteers who are not deployed drift away)")
    private final double watchUnusedLeave;
    @Param(group = "watch", def = "1", unit = "multiplier", min = 0, max = 100,
        doc = "Rise in a household's contribution when it saw the group in the last 30 days (a patrol passing its building, or a talk)", source = "assumption (seed 2: residents pay little for what they do not see)")
    private final double watchResultsEffect;
    @Param(group = "watch", def = "1", unit = "multiplier", min = 0, max = 100,
        doc = "Rise in a household's contribution when its building had a crime in the last 90 days", source = "assumption")
    private final double watchCrimeConcern;
    @Param(group = "watch", def = "12", unit = "months", min = 0, max = 1000,
        doc = "Reserve a group may keep: funds above this many months of its current income go back to the street office", source = "assumption (unspent budget is reclaimed)")
    private final double watchReserveMonths;
    @Param(group = "watch", def = "1", unit = "households/hour", min = 0, max = 100,
        doc = "Households a patrolling member talks to (crime-prevention advice) per patrol hour, if someone is at home", source = "assumption")
    private final double watchPublicityPerHour;

    // ---------------------------------------------------------------- cadres
    @Param(group = "cadre", def = "5", unit = "cadres/community", min = 1, max = 100,
        doc = "Community cadres (residents' committee staff)", source = "assumption (typical residents' committee)")
    private final int cadresPerCommunity;
    @Param(group = "cadre", def = "8", unit = "hours/day", min = 1, max = 16,
        doc = "Working hours of a cadre on a weekday", source = "assumption")
    private final double cadreHoursPerDay;
    @Param(group = "cadre", def = "100", unit = "tasks", min = 0, max = 1000,
        doc = "Recurring, periodic, seasonal and ad-hoc tasks pushed down to the community", source = "seed 3 ('100+')")
    private final int tasksPushedDown;
    @Param(group = "cadre", def = "2", unit = "forms/task/month", min = 0, max = 100,
        doc = "Inspection and appraisal forms each task generates per month", source = "assumption")
    private final double formsPerTaskPerMonth;
    @Param(group = "cadre", def = "2.7407", unit = "hours/form", min = 0, max = 100,
        doc = "Cadre hours to fill one form", source = "calibrated (seed 3: two-thirds of time on forms)", free = true)
    private final double hoursPerForm;
    @Param(group = "cadre", def = "1.0", unit = "weight", min = 0, max = 10,
        doc = "Pull of funded departmental work (family planning, health: dedicated funds, hard veto)", source = "seed 3")
    private final double fundedTaskWeight;
    @Param(group = "cadre", def = "0.1", unit = "weight", min = 0, max = 10,
        doc = "Intrinsic pull of safety work on cadre time", source = "assumption")
    private final double safetyBaseWeight;
    @Param(group = "cadre", def = "0.0", unit = "weight", min = 0, max = 10,
        doc = "Dedicated safety funding (lever; 0 = none, as in the seed)", source = "seed 3 ('safety has no dedicated funds')")
    private final double safetyFunding;
    @Param(group = "cadre", def = "0.2", unit = "weight", min = 0, max = 10,
        doc = "Strength of the safety 'one-vote veto'", source = "seed 3 ('weaker than family planning's')")
    private final double safetyVetoStrength;
    @Param(group = "cadre", def = "0.4", unit = "share", min = 0, max = 1,
        doc = "Share of cadres' safety hours spent registering floating households", source = "assumption (no time-use record of cadres' safety work; the rest goes to watch support and mediation)")
    private final double cadreRegistrationShare;
    @Param(group = "cadre", def = "0.3", unit = "share", min = 0, max = 1,
        doc = "Share of cadres' safety hours spent supporting the watch group (mobilisation); mediation takes the rest (1 - this - cadre_registration_share)", source = "assumption (as cadre_registration_share)")
    private final double cadreWatchSupportShare;
    @Param(group = "cadre", def = "0.5", unit = "households/hour", min = 0, max = 100,
        doc = "Floating households a cadre registers per safety hour spent on registration", source = "assumption")
    private final double registrationsPerSafetyHour;
    @Param(group = "cadre", def = "0.3", unit = "incidents/hour", min = 0, max = 10,
        doc = "Incidents a cadre's mediation hour settles before they reach the officer", source = "assumption")
    private final double mediationsPerSafetyHour;
    @Param(group = "cadre", def = "0.4", unit = "share", min = 0, max = 1,
        doc = "Share of the forms demanded by inspections: they arrive in the inspection week (the last 7 days of each 30-day month, 5 weekdays) and pile up as a backlog when they exceed the team's hours; the rest arrive evenly on weekdays",
        source = "assumption (seed 3: inspections enforce the forms; no count of how many are due at inspections)")
    private final double inspectionFormShare;
    @Param(group = "cadre", def = "2.0", unit = "multiple", min = 0, max = 10,
        doc = "Inspection forms due in the last month of a quarter (quarterly appraisal) as a multiple of another month's; the mean over a quarter is unchanged",
        source = "assumption (seed 3: periodic and seasonal tasks)")
    private final double quarterlyInspectionFactor;
    @Param(group = "cadre", def = "1.0", unit = "multiple", min = 0, max = 5,
        doc = "Appraisal pressure on communities: multiplies the inspection forms (1 = this city; 0 = inspections ask for no forms)",
        source = "lever (seed 3: inspection and appraisal forms; 1 = the seed city)")
    private final double communityAppraisalPressure;
    @Param(group = "cadre", def = "0.2", unit = "forms/record", min = 0, max = 10,
        doc = "Ledger forms each registration or mediation adds to the cadres' backlog (safety work must be documented for inspection)",
        source = "assumption (seed 3: forms for every task; no figure)")
    private final double formsPerSafetyRecord;
    @Param(group = "cadre", def = "20", unit = "weekdays", min = 1, max = 250,
        doc = "Form backlog the team can carry: at each month-end inspection, forms owed beyond this many weekdays of the team's hours are written off (failed inspection items)",
        source = "assumption")
    private final double formBacklogLimitDays;
    @Param(group = "cadre", def = "0.0", unit = "0-1", min = 0, max = 1,
        doc = "Cadre training (lever): share of cadres trained; cuts hours per form by training_form_saving and raises registrations and mediations per safety hour by training_safety_gain, each times this share",
        source = "lever (seed 3: cadres lack the skills for safety work)")
    private final double cadreTraining;
    @Param(group = "cadre", def = "0.3", unit = "share", min = 0, max = 1,
        doc = "Cut of the hours per form for a trained cadre (templates, shared data entry)",
        source = "assumption")
    private final double trainingFormSaving;
    @Param(group = "cadre", def = "0.5", unit = "share", min = 0, max = 5,
        doc = "Relative rise of registrations and mediations per safety hour for a trained cadre",
        source = "assumption")
    private final double trainingSafetyGain;

    // ---------------------------------------------------------------- cameras
    @Param(group = "cameras", def = "32", unit = "cameras", min = 0, max = 100000,
        doc = "Public cameras in the city", source = "seed 5 ('rare')")
    private final int publicCameras;
    @Param(group = "cameras", def = "RANDOM", unit = "layout",
        doc = "Camera placement: NONE, RANDOM, UNIFORM, HOTSPOT (most recorded burglaries and vehicle thefts in the burn-in; needs burn_in_days >= 180), ENTRANCES (community perimeters)", source = "seed 5 ('badly laid out')")
    private final CameraLayout cameraLayout;
    @Param(group = "cameras", def = "1", unit = "buildings", min = 0, max = 10,
        doc = "Coverage radius of a camera (Chebyshev distance in buildings)", source = "assumption")
    private final int cameraRadius;

    // ---------------------------------------------------------------- household technical defence
    @Param(group = "tech", def = "0.7", unit = "probability", min = 0, max = 1,
        doc = "Chance a home's alarm is armed when a burglar tries it (tech_defence_effect acts only then)",
        source = "assumption (Tilley et al. 2015 name alarms left unset among the explanations of their CSEW finding; no figure)")
    private final double techAlarmArmedShare;
    @Param(group = "tech", def = "0.4", unit = "0-1", min = 0, max = 1,
        doc = "Reduction of vehicle theft success, careless or secured, against a household with technical defence (immobiliser, tracker, vehicle alarm)",
        source = "van Ours & Vollaard 2016: the EU's mandatory engine immobiliser cut car theft by about 40% (net of displacement; the protection of a fitted car is larger; bicycles, counted with vehicles here, have no such evidence)")
    private final double techVehicleEffect;
    @Param(group = "tech", def = "0.5", unit = "share", min = 0, max = 5,
        doc = "Relative rise of clearance of a burglary at a home with technical defence: its door camera recorded the burglar (on top of camera_evidence_bonus if a public camera also covers the building)",
        source = "assumption (as camera_evidence_bonus)")
    private final double techCameraEvidenceBonus;
    @Param(group = "tech", def = "0.0", unit = "0-1", min = 0, max = 1,
        doc = "Police-organised installation: monthly chance a household without technical defence is offered installation by the police (0 = households install on their own); an offered household suspects a levy with chance 1 - trust",
        source = "lever (seed 5: 'when the police organise installation, residents suspect a levy')")
    private final double techPoliceOrganised;
    @Param(group = "tech", def = "1.0", unit = "utility", min = 0, max = 5,
        doc = "Adoption utility gain of a household that accepts a police-organised installation in good faith (installation arranged for it; same scale as tech_defence_cost)",
        source = "assumption")
    private final double techPoliceInstallGain;
    @Param(group = "tech", def = "1.0", unit = "utility", min = 0, max = 5,
        doc = "Adoption utility loss of a household offered a police-organised installation that suspects a levy (same scale as tech_defence_cost)",
        source = "assumption (seed 5 gives the suspicion, not its size)")
    private final double techLevySuspicionCost;

    // ---------------------------------------------------------------- human defence (seed 5: guards and property management)
    @Param(group = "human", def = "0.0", unit = "share", min = 0, max = 1,
        doc = "Share of communities that are gated compounds (walls, gates with access control); which ones is drawn once per city, more of the share adding compounds (a district's gated column decides for its own communities)",
        source = "lever (seed 5: residents buy 'watch-and-guard' human defence; the calibrated baseline has none: assumption)")
    private final double gatedShare;
    @Param(group = "human", def = "0.3", unit = "probability", min = 0, max = 1,
        doc = "Chance a gated compound's access control turns away a burglary or vehicle-theft attempt by an offender who does not live in it (residents' offenders are inside already); the offender learns the community is risky",
        source = "assumption (order of magnitude: Addington & Rennison 2015, NCVS 2009-10: homes in gated communities had 33% lower odds of burglary, a whole-community figure; Sun & Webster 2019: 84% of residents of 46 gated communities in a Chinese city believed their gates could not keep non-residents out)")
    private final double gateDeterrence;
    @Param(group = "human", def = "20000", unit = "yuan/year", min = 0, max = 10000000,
        doc = "Yearly cost of a gated compound's gates, fences and access control (guards costed apart; for cost comparisons, no effect on crime)",
        source = "assumption (upkeep of gates and card readers)")
    private final double gateCost;
    @Param(group = "human", def = "0", unit = "guards on duty", min = 0, max = 200,
        doc = "Security guards on duty in each community at every hour, patrolling its buildings (a district's guards column sets its own communities)",
        source = "lever (seed 5: residents hire guards for human defence; the calibrated baseline has none: assumption)")
    private final double guardsPerCommunity;
    @Param(group = "human", def = "0.5", unit = "probability", min = 0, max = 1,
        doc = "Chance a guard in or next to the building stops a burglary or vehicle-theft attempt",
        source = "assumption (a uniformed, unarmed guard deters as a watch patrol, watch_deterrence; Ariel, Bland & Sutherland 2017: 29% more minutes of security-agent patrol cut victim-reported crime at train stations by 16%, a place figure; Welsh, Mudge & Farrington 2010: guards promising against vehicle crime in car parks)")
    private final double guardDeterrence;
    @Param(group = "human", def = "150000", unit = "yuan/year", min = 0, max = 10000000,
        doc = "Yearly cost of keeping one guard on duty around the clock (for cost comparisons, no effect on crime)",
        source = "assumption (about four guards on shifts at some 3,000 yuan a month each)")
    private final double guardCost;
    @Param(group = "human", def = "0.0", unit = "share", min = 0, max = 1,
        doc = "Share of communities served by a property management company; which ones is drawn once per city, more of the share adding communities (a district's property_management column decides for its own communities)",
        source = "lever (seed 5: residents hire property management for human defence; the calibrated baseline has none: assumption)")
    private final double propertyManagementShare;
    @Param(group = "human", def = "0.2", unit = "0-1", min = 0, max = 1,
        doc = "Reduction of forced-entry success in a community whose property management keeps entrance doors, locks, intercoms and lighting of the common parts in repair",
        source = "assumption (target hardening of common parts; order of magnitude: Welsh & Farrington 2008, improved street lighting cut crime by 21% in treated areas, an area figure)")
    private final double propertyManagementLockEffect;
    @Param(group = "human", def = "0.3", unit = "logit", min = 0, max = 5,
        doc = "Rise of the reporting logit of a crime in a community with property management (staff take the incident up with the police and keep the footage)",
        source = "assumption")
    private final double propertyManagementReportingGain;
    @Param(group = "human", def = "1200", unit = "yuan/household/year", min = 0, max = 100000,
        doc = "Property management fee a household pays a year (for cost comparisons, no effect on crime)",
        source = "assumption (about 1 yuan per square metre a month for a 100 square-metre home)")
    private final double propertyManagementFee;

    /** Values in declaration order ({@link ParameterSpace} builds instances; nothing else should). */
    Parameters(Object[] v) {
        if (v.length != 221) {
            throw new IllegalArgumentException("expected 221 values, got " + v.length);
        }
        gridWidth = (Integer) v[0];
        gridHeight = (Integer) v[1];
        geometry = (Geometry) v[2];
        householdsPerCommunity = (Integer) v[3];
        householdsPerBuilding = (Integer) v[4];
        rentalShare = (Double) v[5];
        floatingShare = (Double) v[6];
        floatingTurnover = (Double) v[7];
        tenantTurnover = (Double) v[8];
        landlordRegistration = (Double) v[9];
        daytimeWorkerShare = (Double) v[10];
        eveningOutProbability = (Double) v[11];
        weekendOutProbability = (Double) v[12];
        nightAwayProbability = (Double) v[13];
        householdsPerOfficer = (Integer) v[14];
        officerHoursPerDay = (Double) v[15];
        officerDaysPerWeek = (Integer) v[16];
        officerShiftStart = (Integer) v[17];
        rosterHoursPerDay = (Double) v[18];
        quotaPressure = (Double) v[19];
        quotaMaxHours = (Double) v[20];
        quotaOutsideShare = (Double) v[21];
        offenderStopProbability = (Double) v[22];
        enforcementDetentionDays = (Integer) v[23];
        finesPerEnforcementHour = (Double) v[24];
        minorOffendersPer1000Households = (Double) v[25];
        minorOffenderRenewal = (Double) v[26];
        appraisalEnforcementWeight = (Double) v[27];
        appraisalInfluence = (Double) v[28];
        appraisalAdjustmentRate = (Double) v[29];
        statementHours = (Double) v[30];
        statementVisits = (Integer) v[31];
        registersPerCase = (Integer) v[32];
        hoursPerRegister = (Double) v[33];
        investigationHours = (Double) v[34];
        incidentsPer1000HouseholdsPerDay = (Double) v[35];
        incidentHours = (Double) v[36];
        preventionOrientation = (Double) v[37];
        officerOrientationSd = (Double) v[38];
        officerSkill = (Double) v[39];
        officerSkillSd = (Double) v[40];
        moraleBase = (Double) v[41];
        assaultComplaintRate = (Double) v[42];
        assaultPunishedShare = (Double) v[43];
        moraleShock = (Double) v[44];
        unpunishedMoraleFactor = (Double) v[45];
        moraleRecovery = (Double) v[46];
        patrolShare = (Double) v[47];
        publicityShare = (Double) v[48];
        patrolStrategy = (PatrolStrategy) v[49];
        buildingsPerPatrolHour = (Double) v[50];
        sightingProbability = (Double) v[51];
        sightingNeighbourFactor = (Double) v[52];
        conversationsPerPatrolHour = (Double) v[53];
        visitMinutes = (Double) v[54];
        knockMinutes = (Double) v[55];
        hotspotDwellMinutes = (Double) v[56];
        residualDeterrenceMinutes = (Double) v[57];
        hotspotShare = (Double) v[58];
        hotspotMemoryMonths = (Double) v[59];
        householdsPerPublicityHour = (Double) v[60];
        offenderEntryRate = (Double) v[61];
        floatingNewcomerOffenderRate = (Double) v[62];
        offenderDesistanceRate = (Double) v[63];
        registrationMissRate = (Double) v[64];
        attemptsPerOffenderPerDay = (Double) v[65];
        buildingAttractivenessSd = (Double) v[66];
        burglaryShare = (Double) v[67];
        unlockedDoorProbability = (Double) v[68];
        carelessParkingProbability = (Double) v[69];
        fraudSuccessProbability = (Double) v[70];
        fraudAttemptsPhone = (Double) v[71];
        fraudAttemptsOnline = (Double) v[72];
        forcedEntrySuccess = (Double) v[73];
        securedVehicleTheftSuccess = (Double) v[74];
        carelessVehicleTheftSuccess = (Double) v[75];
        occupantDeterrence = (Double) v[76];
        occupantDeterrenceAsleep = (Double) v[77];
        burglarDoorTries = (Integer) v[78];
        bedtimeHour = (Integer) v[79];
        wakeHour = (Integer) v[80];
        officerDeterrence = (Double) v[81];
        watchDeterrence = (Double) v[82];
        cameraDeterrence = (Double) v[83];
        physicalDefenceEffect = (Double) v[84];
        techDefenceEffect = (Double) v[85];
        incarcerationDays = (Integer) v[86];
        rehabilitationCooperation = (Double) v[87];
        reoffendMultiplier = (Double) v[88];
        rehabilitationMotivationFactor = (Double) v[89];
        motivationSpread = (Double) v[90];
        motivationCap = (Double) v[91];
        riskLearning = (Double) v[92];
        riskDecay = (Double) v[93];
        communityRiskAversion = (Double) v[94];
        successLearning = (Double) v[95];
        successCap = (Double) v[96];
        successDecay = (Double) v[97];
        distanceDecay = (Double) v[98];
        returnProbability = (Double) v[99];
        returnMemoryDays = (Integer) v[100];
        placeRiskLearning = (Double) v[101];
        placeRiskSpread = (Double) v[102];
        placeRiskAversion = (Double) v[103];
        timeRiskLearning = (Double) v[104];
        timeRiskAversion = (Double) v[105];
        reportingIntercept = (Double) v[106];
        reportingSeriousnessWeight = (Double) v[107];
        reportingTrustWeight = (Double) v[108];
        reportingClearanceWeight = (Double) v[109];
        clearancePerceptionWeight = (Double) v[110];
        reportingCostWeight = (Double) v[111];
        carelessnessShame = (Double) v[112];
        seriousnessBurglary = (Double) v[113];
        seriousnessVehicleTheft = (Double) v[114];
        seriousnessFraud = (Double) v[115];
        clearanceProbability = (Double) v[116];
        fraudLocalClearance = (Double) v[117];
        cameraEvidenceBonus = (Double) v[118];
        unregisteredClearanceFactor = (Double) v[119];
        infoSharing = (Double) v[120];
        infoSharingCoverage = (Double) v[121];
        infoSharingClearanceGain = (Double) v[122];
        evidenceHalfLifeDays = (Double) v[123];
        awarenessMean = (Double) v[124];
        awarenessSd = (Double) v[125];
        attitudeDecay = (Double) v[126];
        newcomerAwarenessFactor = (Double) v[127];
        attitudeAdjustmentRate = (Double) v[128];
        belongingTrustWeight = (Double) v[129];
        belongingVictimLoss = (Double) v[130];
        belongingParticipationGain = (Double) v[131];
        wtpVictimGain = (Double) v[132];
        wtpTrustWeight = (Double) v[133];
        wtpBelongingWeight = (Double) v[134];
        victimMemoryDays = (Integer) v[135];
        victimAwarenessGain = (Double) v[136];
        neighbourAwarenessGain = (Double) v[137];
        publicityAwarenessGain = (Double) v[138];
        awarenessCampaign = (Double) v[139];
        trustMean = (Double) v[140];
        trustSd = (Double) v[141];
        contactTrustGain = (Double) v[142];
        sightingTrustGain = (Double) v[143];
        clearedTrustGain = (Double) v[144];
        unclearedTrustLoss = (Double) v[145];
        belongingMean = (Double) v[146];
        belongingSd = (Double) v[147];
        belongingSettledFactor = (Double) v[148];
        belongingMobileFactor = (Double) v[149];
        willingnessToPayMean = (Double) v[150];
        willingnessToPaySd = (Double) v[151];
        physicalDefenceShare = (Double) v[152];
        techDefenceCost = (Double) v[153];
        techDefenceSubsidy = (Double) v[154];
        techAdoptionRate = (Double) v[155];
        techAdoptionUtilitySlope = (Double) v[156];
        techAbandonmentRate = (Double) v[157];
        techNeighbourWeight = (Double) v[158];
        watchGovernmentBudget = (Double) v[159];
        watchContribution = (Double) v[160];
        taxpayerAttitude = (Double) v[161];
        watchActivityIncome = (Double) v[162];
        watchStipend = (Double) v[163];
        watchInitialMembers = (Integer) v[164];
        watchJoinRate = (Double) v[165];
        watchMobilisationEffect = (Double) v[166];
        watchStipendAttraction = (Double) v[167];
        watchChurn = (Double) v[168];
        watchWillingShare = (Double) v[169];
        watchHoursPerMember = (Double) v[170];
        watchActiveThreshold = (Integer) v[171];
        watchBuildingsPerHour = (Double) v[172];
        watchStartHour = (Integer) v[173];
        watchPatrolHours = (Integer) v[174];
        watchDayMemberWeight = (Double) v[175];
        watchUnusedLeave = (Double) v[176];
        watchResultsEffect = (Double) v[177];
        watchCrimeConcern = (Double) v[178];
        watchReserveMonths = (Double) v[179];
        watchPublicityPerHour = (Double) v[180];
        cadresPerCommunity = (Integer) v[181];
        cadreHoursPerDay = (Double) v[182];
        tasksPushedDown = (Integer) v[183];
        formsPerTaskPerMonth = (Double) v[184];
        hoursPerForm = (Double) v[185];
        fundedTaskWeight = (Double) v[186];
        safetyBaseWeight = (Double) v[187];
        safetyFunding = (Double) v[188];
        safetyVetoStrength = (Double) v[189];
        cadreRegistrationShare = (Double) v[190];
        cadreWatchSupportShare = (Double) v[191];
        registrationsPerSafetyHour = (Double) v[192];
        mediationsPerSafetyHour = (Double) v[193];
        inspectionFormShare = (Double) v[194];
        quarterlyInspectionFactor = (Double) v[195];
        communityAppraisalPressure = (Double) v[196];
        formsPerSafetyRecord = (Double) v[197];
        formBacklogLimitDays = (Double) v[198];
        cadreTraining = (Double) v[199];
        trainingFormSaving = (Double) v[200];
        trainingSafetyGain = (Double) v[201];
        publicCameras = (Integer) v[202];
        cameraLayout = (CameraLayout) v[203];
        cameraRadius = (Integer) v[204];
        techAlarmArmedShare = (Double) v[205];
        techVehicleEffect = (Double) v[206];
        techCameraEvidenceBonus = (Double) v[207];
        techPoliceOrganised = (Double) v[208];
        techPoliceInstallGain = (Double) v[209];
        techLevySuspicionCost = (Double) v[210];
        gatedShare = (Double) v[211];
        gateDeterrence = (Double) v[212];
        gateCost = (Double) v[213];
        guardsPerCommunity = (Double) v[214];
        guardDeterrence = (Double) v[215];
        guardCost = (Double) v[216];
        propertyManagementShare = (Double) v[217];
        propertyManagementLockEffect = (Double) v[218];
        propertyManagementReportingGain = (Double) v[219];
        propertyManagementFee = (Double) v[220];
    }

    /** Every value in declaration order. */
    Object[] values() {
        return new Object[] {gridWidth, gridHeight, geometry, householdsPerCommunity, householdsPerBuilding, rentalShare, floatingShare, floatingTurnover, tenantTurnover, landlordRegistration, daytimeWorkerShare, eveningOutProbability, weekendOutProbability, nightAwayProbability, householdsPerOfficer, officerHoursPerDay, officerDaysPerWeek, officerShiftStart, rosterHoursPerDay, quotaPressure, quotaMaxHours, quotaOutsideShare, offenderStopProbability, enforcementDetentionDays, finesPerEnforcementHour, minorOffendersPer1000Households, minorOffenderRenewal, appraisalEnforcementWeight, appraisalInfluence, appraisalAdjustmentRate, statementHours, statementVisits, registersPerCase, hoursPerRegister, investigationHours, incidentsPer1000HouseholdsPerDay, incidentHours, preventionOrientation, officerOrientationSd, officerSkill, officerSkillSd, moraleBase, assaultComplaintRate, assaultPunishedShare, moraleShock, unpunishedMoraleFactor, moraleRecovery, patrolShare, publicityShare, patrolStrategy, buildingsPerPatrolHour, sightingProbability, sightingNeighbourFactor, conversationsPerPatrolHour, visitMinutes, knockMinutes, hotspotDwellMinutes, residualDeterrenceMinutes, hotspotShare, hotspotMemoryMonths, householdsPerPublicityHour, offenderEntryRate, floatingNewcomerOffenderRate, offenderDesistanceRate, registrationMissRate, attemptsPerOffenderPerDay, buildingAttractivenessSd, burglaryShare, unlockedDoorProbability, carelessParkingProbability, fraudSuccessProbability, fraudAttemptsPhone, fraudAttemptsOnline, forcedEntrySuccess, securedVehicleTheftSuccess, carelessVehicleTheftSuccess, occupantDeterrence, occupantDeterrenceAsleep, burglarDoorTries, bedtimeHour, wakeHour, officerDeterrence, watchDeterrence, cameraDeterrence, physicalDefenceEffect, techDefenceEffect, incarcerationDays, rehabilitationCooperation, reoffendMultiplier, rehabilitationMotivationFactor, motivationSpread, motivationCap, riskLearning, riskDecay, communityRiskAversion, successLearning, successCap, successDecay, distanceDecay, returnProbability, returnMemoryDays, placeRiskLearning, placeRiskSpread, placeRiskAversion, timeRiskLearning, timeRiskAversion, reportingIntercept, reportingSeriousnessWeight, reportingTrustWeight, reportingClearanceWeight, clearancePerceptionWeight, reportingCostWeight, carelessnessShame, seriousnessBurglary, seriousnessVehicleTheft, seriousnessFraud, clearanceProbability, fraudLocalClearance, cameraEvidenceBonus, unregisteredClearanceFactor, infoSharing, infoSharingCoverage, infoSharingClearanceGain, evidenceHalfLifeDays, awarenessMean, awarenessSd, attitudeDecay, newcomerAwarenessFactor, attitudeAdjustmentRate, belongingTrustWeight, belongingVictimLoss, belongingParticipationGain, wtpVictimGain, wtpTrustWeight, wtpBelongingWeight, victimMemoryDays, victimAwarenessGain, neighbourAwarenessGain, publicityAwarenessGain, awarenessCampaign, trustMean, trustSd, contactTrustGain, sightingTrustGain, clearedTrustGain, unclearedTrustLoss, belongingMean, belongingSd, belongingSettledFactor, belongingMobileFactor, willingnessToPayMean, willingnessToPaySd, physicalDefenceShare, techDefenceCost, techDefenceSubsidy, techAdoptionRate, techAdoptionUtilitySlope, techAbandonmentRate, techNeighbourWeight, watchGovernmentBudget, watchContribution, taxpayerAttitude, watchActivityIncome, watchStipend, watchInitialMembers, watchJoinRate, watchMobilisationEffect, watchStipendAttraction, watchChurn, watchWillingShare, watchHoursPerMember, watchActiveThreshold, watchBuildingsPerHour, watchStartHour, watchPatrolHours, watchDayMemberWeight, watchUnusedLeave, watchResultsEffect, watchCrimeConcern, watchReserveMonths, watchPublicityPerHour, cadresPerCommunity, cadreHoursPerDay, tasksPushedDown, formsPerTaskPerMonth, hoursPerForm, fundedTaskWeight, safetyBaseWeight, safetyFunding, safetyVetoStrength, cadreRegistrationShare, cadreWatchSupportShare, registrationsPerSafetyHour, mediationsPerSafetyHour, inspectionFormShare, quarterlyInspectionFactor, communityAppraisalPressure, formsPerSafetyRecord, formBacklogLimitDays, cadreTraining, trainingFormSaving, trainingSafetyGain, publicCameras, cameraLayout, cameraRadius, techAlarmArmedShare, techVehicleEffect, techCameraEvidenceBonus, techPoliceOrganised, techPoliceInstallGain, techLevySuspicionCost, gatedShare, gateDeterrence, gateCost, guardsPerCommunity, guardDeterrence, guardCost, propertyManagementShare, propertyManagementLockEffect, propertyManagementReportingGain, propertyManagementFee};
    }

    /**
     * Per-community settings of a planner's own district (not a parameter: {@link District#NONE}
     * for none). Set only by {@link #withDistrict} on a fresh copy, so instances stay immutable.
     */
    private District district = District.NONE;

    /** A copy with the given district. */
    public Parameters withDistrict(District d) {
        Parameters copy = new Parameters(values());
        copy.district = d == null ? District.NONE : d;
        return copy;
    }

    /** The planner's own district ({@link District#NONE}: every community takes the global values). */
    public District district() {
        return district;
    }

    public int gridWidth() {
        return gridWidth;
    }

    public int gridHeight() {
        return gridHeight;
    }

    public Geometry geometry() {
        return geometry;
    }

    public int householdsPerCommunity() {
        return householdsPerCommunity;
    }

    public int householdsPerBuilding() {
        return householdsPerBuilding;
    }

    public double rentalShare() {
        return rentalShare;
    }

    public double floatingShare() {
        return floatingShare;
    }

    public double floatingTurnover() {
        return floatingTurnover;
    }

    public double tenantTurnover() {
        return tenantTurnover;
    }

    public double landlordRegistration() {
        return landlordRegistration;
    }

    public double daytimeWorkerShare() {
        return daytimeWorkerShare;
    }

    public double eveningOutProbability() {
        return eveningOutProbability;
    }

    public double weekendOutProbability() {
        return weekendOutProbability;
    }

    public double nightAwayProbability() {
        return nightAwayProbability;
    }

    public int householdsPerOfficer() {
        return householdsPerOfficer;
    }

    public double officerHoursPerDay() {
        return officerHoursPerDay;
    }

    public int officerDaysPerWeek() {
        return officerDaysPerWeek;
    }

    public int officerShiftStart() {
        return officerShiftStart;
    }

    public double rosterHoursPerDay() {
        return rosterHoursPerDay;
    }

    public double quotaPressure() {
        return quotaPressure;
    }

    public double quotaMaxHours() {
        return quotaMaxHours;
    }

    public double quotaOutsideShare() {
        return quotaOutsideShare;
    }

    public double offenderStopProbability() {
        return offenderStopProbability;
    }

    public int enforcementDetentionDays() {
        return enforcementDetentionDays;
    }

    public double finesPerEnforcementHour() {
        return finesPerEnforcementHour;
    }

    public double minorOffendersPer1000Households() {
        return minorOffendersPer1000Households;
    }

    public double minorOffenderRenewal() {
        return minorOffenderRenewal;
    }

    public double appraisalEnforcementWeight() {
        return appraisalEnforcementWeight;
    }

    public double appraisalInfluence() {
        return appraisalInfluence;
    }

    public double appraisalAdjustmentRate() {
        return appraisalAdjustmentRate;
    }

    public double statementHours() {
        return statementHours;
    }

    public int statementVisits() {
        return statementVisits;
    }

    public int registersPerCase() {
        return registersPerCase;
    }

    public double hoursPerRegister() {
        return hoursPerRegister;
    }

    public double investigationHours() {
        return investigationHours;
    }

    public double incidentsPer1000HouseholdsPerDay() {
        return incidentsPer1000HouseholdsPerDay;
    }

    public double incidentHours() {
        return incidentHours;
    }

    public double preventionOrientation() {
        return preventionOrientation;
    }

    public double officerOrientationSd() {
        return officerOrientationSd;
    }

    public double officerSkill() {
        return officerSkill;
    }

    public double officerSkillSd() {
        return officerSkillSd;
    }

    public double moraleBase() {
        return moraleBase;
    }

    public double assaultComplaintRate() {
        return assaultComplaintRate;
    }

    public double assaultPunishedShare() {
        return assaultPunishedShare;
    }

    public double moraleShock() {
        return moraleShock;
    }

    public double unpunishedMoraleFactor() {
        return unpunishedMoraleFactor;
    }

    public double moraleRecovery() {
        return moraleRecovery;
    }

    public double patrolShare() {
        return patrolShare;
    }

    public double publicityShare() {
        return publicityShare;
    }

    public PatrolStrategy patrolStrategy() {
        return patrolStrategy;
    }

    public double buildingsPerPatrolHour() {
        return buildingsPerPatrolHour;
    }

    public double sightingProbability() {
        return sightingProbability;
    }

    public double sightingNeighbourFactor() {
        return sightingNeighbourFactor;
    }

    public double conversationsPerPatrolHour() {
        return conversationsPerPatrolHour;
    }

    public double visitMinutes() {
        return visitMinutes;
    }

    public double knockMinutes() {
        return knockMinutes;
    }

    public double hotspotDwellMinutes() {
        return hotspotDwellMinutes;
    }

    public double residualDeterrenceMinutes() {
        return residualDeterrenceMinutes;
    }

    public double hotspotShare() {
        return hotspotShare;
    }

    public double hotspotMemoryMonths() {
        return hotspotMemoryMonths;
    }

    public double householdsPerPublicityHour() {
        return householdsPerPublicityHour;
    }

    public double offenderEntryRate() {
        return offenderEntryRate;
    }

    public double floatingNewcomerOffenderRate() {
        return floatingNewcomerOffenderRate;
    }

    public double offenderDesistanceRate() {
        return offenderDesistanceRate;
    }

    public double registrationMissRate() {
        return registrationMissRate;
    }

    public double attemptsPerOffenderPerDay() {
        return attemptsPerOffenderPerDay;
    }

    public double buildingAttractivenessSd() {
        return buildingAttractivenessSd;
    }

    public double burglaryShare() {
        return burglaryShare;
    }

    public double unlockedDoorProbability() {
        return unlockedDoorProbability;
    }

    public double carelessParkingProbability() {
        return carelessParkingProbability;
    }

    public double fraudSuccessProbability() {
        return fraudSuccessProbability;
    }

    public double fraudAttemptsPhone() {
        return fraudAttemptsPhone;
    }

    public double fraudAttemptsOnline() {
        return fraudAttemptsOnline;
    }

    public double forcedEntrySuccess() {
        return forcedEntrySuccess;
    }

    public double securedVehicleTheftSuccess() {
        return securedVehicleTheftSuccess;
    }

    public double carelessVehicleTheftSuccess() {
        return carelessVehicleTheftSuccess;
    }

    public double occupantDeterrence() {
        return occupantDeterrence;
    }

    public double occupantDeterrenceAsleep() {
        return occupantDeterrenceAsleep;
    }

    public int burglarDoorTries() {
        return burglarDoorTries;
    }

    public int bedtimeHour() {
        return bedtimeHour;
    }

    public int wakeHour() {
        return wakeHour;
    }

    public double officerDeterrence() {
        return officerDeterrence;
    }

    public double watchDeterrence() {
        return watchDeterrence;
    }

    public double cameraDeterrence() {
        return cameraDeterrence;
    }

    public double physicalDefenceEffect() {
        return physicalDefenceEffect;
    }

    public double techDefenceEffect() {
        return techDefenceEffect;
    }

    public int incarcerationDays() {
        return incarcerationDays;
    }

    public double rehabilitationCooperation() {
        return rehabilitationCooperation;
    }

    public double reoffendMultiplier() {
        return reoffendMultiplier;
    }

    public double rehabilitationMotivationFactor() {
        return rehabilitationMotivationFactor;
    }

    public double motivationSpread() {
        return motivationSpread;
    }

    public double motivationCap() {
        return motivationCap;
    }

    public double riskLearning() {
        return riskLearning;
    }

    public double riskDecay() {
        return riskDecay;
    }

    public double communityRiskAversion() {
        return communityRiskAversion;
    }

    public double successLearning() {
        return successLearning;
    }

    public double successCap() {
        return successCap;
    }

    public double successDecay() {
        return successDecay;
    }

    public double distanceDecay() {
        return distanceDecay;
    }

    public double returnProbability() {
        return returnProbability;
    }

    public int returnMemoryDays() {
        return returnMemoryDays;
    }

    public double placeRiskLearning() {
        return placeRiskLearning;
    }

    public double placeRiskSpread() {
        return placeRiskSpread;
    }

    public double placeRiskAversion() {
        return placeRiskAversion;
    }

    public double timeRiskLearning() {
        return timeRiskLearning;
    }

    public double timeRiskAversion() {
        return timeRiskAversion;
    }

    public double reportingIntercept() {
        return reportingIntercept;
    }

    public double reportingSeriousnessWeight() {
        return reportingSeriousnessWeight;
    }

    public double reportingTrustWeight() {
        return reportingTrustWeight;
    }

    public double reportingClearanceWeight() {
        return reportingClearanceWeight;
    }

    public double clearancePerceptionWeight() {
        return clearancePerceptionWeight;
    }

    public double reportingCostWeight() {
        return reportingCostWeight;
    }

    public double carelessnessShame() {
        return carelessnessShame;
    }

    public double seriousnessBurglary() {
        return seriousnessBurglary;
    }

    public double seriousnessVehicleTheft() {
        return seriousnessVehicleTheft;
    }

    public double seriousnessFraud() {
        return seriousnessFraud;
    }

    public double clearanceProbability() {
        return clearanceProbability;
    }

    public double fraudLocalClearance() {
        return fraudLocalClearance;
    }

    public double cameraEvidenceBonus() {
        return cameraEvidenceBonus;
    }

    public double unregisteredClearanceFactor() {
        return unregisteredClearanceFactor;
    }

    public double infoSharing() {
        return infoSharing;
    }

    public double infoSharingCoverage() {
        return infoSharingCoverage;
    }

    public double infoSharingClearanceGain() {
        return infoSharingClearanceGain;
    }

    public double evidenceHalfLifeDays() {
        return evidenceHalfLifeDays;
    }

    public double awarenessMean() {
        return awarenessMean;
    }

    public double awarenessSd() {
        return awarenessSd;
    }

    public double attitudeDecay() {
        return attitudeDecay;
    }

    public double newcomerAwarenessFactor() {
        return newcomerAwarenessFactor;
    }

    public double attitudeAdjustmentRate() {
        return attitudeAdjustmentRate;
    }

    public double belongingTrustWeight() {
        return belongingTrustWeight;
    }

    public double belongingVictimLoss() {
        return belongingVictimLoss;
    }

    public double belongingParticipationGain() {
        return belongingParticipationGain;
    }

    public double wtpVictimGain() {
        return wtpVictimGain;
    }

    public double wtpTrustWeight() {
        return wtpTrustWeight;
    }

    public double wtpBelongingWeight() {
        return wtpBelongingWeight;
    }

    public int victimMemoryDays() {
        return victimMemoryDays;
    }

    public double victimAwarenessGain() {
        return victimAwarenessGain;
    }

    public double neighbourAwarenessGain() {
        return neighbourAwarenessGain;
    }

    public double publicityAwarenessGain() {
        return publicityAwarenessGain;
    }

    public double awarenessCampaign() {
        return awarenessCampaign;
    }

    public double trustMean() {
        return trustMean;
    }

    public double trustSd() {
        return trustSd;
    }

    public double contactTrustGain() {
        return contactTrustGain;
    }

    public double sightingTrustGain() {
        return sightingTrustGain;
    }

    public double clearedTrustGain() {
        return clearedTrustGain;
    }

    public double unclearedTrustLoss() {
        return unclearedTrustLoss;
    }

    public double belongingMean() {
        return belongingMean;
    }

    public double belongingSd() {
        return belongingSd;
    }

    public double belongingSettledFactor() {
        return belongingSettledFactor;
    }

    public double belongingMobileFactor() {
        return belongingMobileFactor;
    }

    public double willingnessToPayMean() {
        return willingnessToPayMean;
    }

    public double willingnessToPaySd() {
        return willingnessToPaySd;
    }

    public double physicalDefenceShare() {
        return physicalDefenceShare;
    }

    public double techDefenceCost() {
        return techDefenceCost;
    }

    public double techDefenceSubsidy() {
        return techDefenceSubsidy;
    }

    public double techAdoptionRate() {
        return techAdoptionRate;
    }

    public double techAdoptionUtilitySlope() {
        return techAdoptionUtilitySlope;
    }

    public double techAbandonmentRate() {
        return techAbandonmentRate;
    }

    public double techNeighbourWeight() {
        return techNeighbourWeight;
    }

    public double techAlarmArmedShare() {
        return techAlarmArmedShare;
    }

    public double techVehicleEffect() {
        return techVehicleEffect;
    }

    public double techCameraEvidenceBonus() {
        return techCameraEvidenceBonus;
    }

    public double techPoliceOrganised() {
        return techPoliceOrganised;
    }

    public double techPoliceInstallGain() {
        return techPoliceInstallGain;
    }

    public double techLevySuspicionCost() {
        return techLevySuspicionCost;
    }

    public double gatedShare() {
        return gatedShare;
    }

    public double gateDeterrence() {
        return gateDeterrence;
    }

    public double gateCost() {
        return gateCost;
    }

    public double guardsPerCommunity() {
        return guardsPerCommunity;
    }


    public double guardDeterrence() {
        return guardDeterrence;
    }

    public double guardCost() {
        return guardCost;
    }

    public double propertyManagementShare() {
        return propertyManagementShare;
    }

    public double propertyManagementLockEffect() {
        return propertyManagementLockEffect;
    }

    public double propertyManagementReportingGain() {
        return propertyManagementReportingGain;
    }

    public double propertyManagementFee() {
        return propertyManagementFee;
    }

    public double watchGovernmentBudget() {
        return watchGovernmentBudget;
    }

    public double watchContribution() {
        return watchContribution;
    }

    public double taxpayerAttitude() {
        return taxpayerAttitude;
    }

    public double watchActivityIncome() {
        return watchActivityIncome;
    }

    public double watchStipend() {
        return watchStipend;
    }

    public int watchInitialMembers() {
        return watchInitialMembers;
    }

    public double watchJoinRate() {
        return watchJoinRate;
    }

    public double watchMobilisationEffect() {
        return watchMobilisationEffect;
    }

    public double watchStipendAttraction() {
        return watchStipendAttraction;
    }

    public double watchChurn() {
        return watchChurn;
    }

    public double watchWillingShare() {
        return watchWillingShare;
    }

    public double watchHoursPerMember() {
        return watchHoursPerMember;
    }

    public int watchActiveThreshold() {
        return watchActiveThreshold;
    }

    public double watchBuildingsPerHour() {
        return watchBuildingsPerHour;
    }
    public double watchDayMemberWeight() {
        return watchDayMemberWeight;
    }
    public double watchUnusedLeave() {
        return watchUnusedLeave;
    }
    public double watchResultsEffect() {
        return watchResultsEffect;
    }
    public double watchCrimeConcern() {
        return watchCrimeConcern;
    }
    public double watchReserveMonths() {
        return watchReserveMonths;
    }
    public double watchPublicityPerHour() {
        return watchPublicityPerHour;
    }

    public int watchStartHour() {
        return watchStartHour;
    }

    public int watchPatrolHours() {
        return watchPatrolHours;
    }

    public int cadresPerCommunity() {
        return cadresPerCommunity;
    }

    public double cadreHoursPerDay() {
        return cadreHoursPerDay;
    }

    public int tasksPushedDown() {
        return tasksPushedDown;
    }

    public double formsPerTaskPerMonth() {
        return formsPerTaskPerMonth;
    }

    public double hoursPerForm() {
        return hoursPerForm;
    }

    public double fundedTaskWeight() {
        return fundedTaskWeight;
    }

    public double safetyBaseWeight() {
        return safetyBaseWeight;
    }

    public double safetyFunding() {
        return safetyFunding;
    }

    public double safetyVetoStrength() {
        return safetyVetoStrength;
    }

    public double cadreRegistrationShare() {
        return cadreRegistrationShare;
    }

    public double cadreWatchSupportShare() {
        return cadreWatchSupportShare;
    }

    public double registrationsPerSafetyHour() {
        return registrationsPerSafetyHour;
    }

    public double mediationsPerSafetyHour() {
        return mediationsPerSafetyHour;
    }

    public double inspectionFormShare() {
        return inspectionFormShare;
    }

    public double quarterlyInspectionFactor() {
        return quarterlyInspectionFactor;
    }

    public double communityAppraisalPressure() {
        return communityAppraisalPressure;
    }

    public double formsPerSafetyRecord() {
        return formsPerSafetyRecord;
    }

    public double formBacklogLimitDays() {
        return formBacklogLimitDays;
    }

    public double cadreTraining() {
        return cadreTraining;
    }

    public double trainingFormSaving() {
        return trainingFormSaving;
    }

    public double trainingSafetyGain() {
        return trainingSafetyGain;
    }

    public int publicCameras() {
        return publicCameras;
    }

    public CameraLayout cameraLayout() {
        return cameraLayout;
    }

    public int cameraRadius() {
        return cameraRadius;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Parameters q && java.util.Arrays.equals(values(), q.values()) && district.equals(q.district);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(values()) * 31 + district.hashCode();
    }

    @Override
    public String toString() {
        return "Parameters" + ParameterSpace.toMap(this) + (district.isEmpty() ? "" : " communities " + district);
    }

    /** The model's defaults: every parameter at its documented value. */
    public static Parameters defaults() {
        return ParameterSpace.defaults();
    }

    public int communities() {
        return gridWidth * gridHeight;
    }

    /** Households of the city: the district's communities' own counts, the rest at households_per_community. */
    public long households() {
        long n = 0;
        for (int c = 0; c < communities(); c++) {
            n += (long) district.value(c, District.Column.HOUSEHOLDS, householdsPerCommunity);
        }
        return n;
    }

    /** Residential buildings of the city (each community's households over households_per_building, rounded up). */
    public long buildings() {
        long n = 0;
        for (int c = 0; c < communities(); c++) {
            long h = (long) district.value(c, District.Column.HOUSEHOLDS, householdsPerCommunity);
            n += (h + householdsPerBuilding - 1) / householdsPerBuilding;
        }
        return n;
    }
}
