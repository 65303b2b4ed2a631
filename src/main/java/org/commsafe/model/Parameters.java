package org.commsafe.model;

/**
 * Every parameter of the model, immutable. A scenario file sets any of them by its snake_case
 * name (e.g. {@code householdsPerOfficer} is {@code households_per_officer}); the rest keep the
 * defaults written here. {@link ParameterSpace} reads the annotations to build, validate and
 * document instances, so the annotation is the one place a parameter is described.
 */
public record Parameters(
    // ---------------------------------------------------------------- city
    @Param(group = "city", def = "4", unit = "communities", min = 1, max = 100,
        doc = "Communities along the city's x axis", source = "assumption (DESIGN.md 1: a 4 x 4 grid)")
    int gridWidth,
    @Param(group = "city", def = "4", unit = "communities", min = 1, max = 100,
        doc = "Communities along the city's y axis", source = "assumption (DESIGN.md 1: a 4 x 4 grid)")
    int gridHeight,
    @Param(group = "city", def = "TORUS", unit = "geometry",
        doc = "Edges of the city: TORUS (the grid wraps around, every community has the same surroundings) or BOUNDED (edge and corner communities have fewer neighbours)", source = "assumption (edge-free space so that position does not drive crime; docs/ODD.md, space)")
    Geometry geometry,
    @Param(group = "city", def = "3000", unit = "households", min = 30, max = 200000,
        doc = "Households in each community", source = "seed 1 (one officer's 3,000 households = one community)")
    int householdsPerCommunity,
    @Param(group = "city", def = "30", unit = "households", min = 1, max = 1000,
        doc = "Households per residential building (one grid cell)", source = "assumption (6-storey walk-up, 5 units a floor)")
    int householdsPerBuilding,
    @Param(group = "city", def = "0.30", unit = "share", min = 0, max = 1,
        doc = "Share of dwellings that are rented", source = "assumption (seed 'also': rentals hard to manage)")
    double rentalShare,
    @Param(group = "city", def = "0.25", unit = "share", min = 0, max = 1,
        doc = "Share of households of the floating (non-registered-resident) population", source = "assumption (seed 'also')")
    double floatingShare,
    @Param(group = "city", def = "0.1", unit = "1/month", min = 0, max = 1,
        doc = "Monthly turnover of floating households (newcomers arrive unregistered with the miss rate)", source = "seed 'also' (rental owners change too often)")
    double floatingTurnover,
    @Param(group = "city", def = "0.60", unit = "share", min = 0, max = 1,
        doc = "Share of households whose home is empty on weekdays 08-18", source = "assumption (urban dual-earner households)")
    double daytimeWorkerShare,

    // ---------------------------------------------------------------- officer
    @Param(group = "officer", def = "3000", unit = "households/officer", min = 100, max = 20000,
        doc = "Households each community officer covers (standard 1,000; this city 3,000; up to 6,000)", source = "seed 1")
    int householdsPerOfficer,
    @Param(group = "officer", def = "10", unit = "hours/day", min = 1, max = 16,
        doc = "Hours an officer works on a working day", source = "assumption (long shifts, seed 1 'overload')")
    double officerHoursPerDay,
    @Param(group = "officer", def = "6", unit = "days/week", min = 1, max = 7,
        doc = "Working days per week of an officer", source = "assumption")
    int officerDaysPerWeek,
    @Param(group = "officer", def = "9", unit = "hour of day", min = 0, max = 23,
        doc = "Hour the officer's shift starts", source = "assumption")
    int officerShiftStart,
    @Param(group = "officer", def = "2", unit = "hours/day", min = 0, max = 16,
        doc = "Fixed duty-roster hours (station duty, patrol rota) claimed first", source = "seed 1 ('duty rosters and patrols')", free = true)
    double rosterHoursPerDay,
    @Param(group = "officer", def = "0.5", unit = "0-1", min = 0, max = 1,
        doc = "Quota pressure: share of the maximum quota hours the station demands", source = "seed 1 (arrest/fine/fee quotas)")
    double quotaPressure,
    @Param(group = "officer", def = "4", unit = "hours/day", min = 0, max = 16,
        doc = "Enforcement hours a full quota pressure would claim", source = "assumption")
    double quotaMaxHours,
    @Param(group = "officer", def = "0.5", unit = "share", min = 0, max = 1,
        doc = "Share of quota hours spent enforcing outside the home community", source = "seed 1 ('enforce across district lines')")
    double quotaOutsideShare,
    @Param(group = "officer", def = "0.003", unit = "probability/hour", min = 0, max = 1,
        doc = "Chance that one enforcement hour inside the beat stops and arrests a given active offender living there (scaled by the share of its community the beat covers)", source = "assumption")
    double offenderStopProbability,
    @Param(group = "officer", def = "10", unit = "days", min = 0, max = 365,
        doc = "Detention of an offender arrested by enforcement (not a sentence: no rehabilitation decision)", source = "assumption (PRC Public Security Administration Punishments Law 2005: administrative detention of 1-15 days)")
    int enforcementDetentionDays,
    @Param(group = "officer", def = "1.5", unit = "fines/hour", min = 0, max = 20,
        doc = "Fines one enforcement hour issues to minor offenders (unlicensed vendors, traffic and public-order violations) when their stock is full; in proportion to the stock left", source = "assumption")
    double finesPerEnforcementHour,
    @Param(group = "officer", def = "20", unit = "minor offenders/1000 households", min = 0, max = 1000,
        doc = "Stock of minor offenders (easy enforcement targets) a community holds when nobody fines them", source = "assumption")
    double minorOffendersPer1000Households,
    @Param(group = "officer", def = "0.05", unit = "1/day", min = 0, max = 1,
        doc = "Daily renewal of the minor-offender stock towards its full level (new vendors, new violators)", source = "assumption")
    double minorOffenderRenewal,
    @Param(group = "officer", def = "0.4", unit = "0-1", min = 0, max = 1,
        doc = "Appraisal: weight of countable results (arrests, fines, clearances) against prevention outcomes in how the station appraises officers; officers' orientation drifts to (1 - influence) x own + influence x (1 - weight)", source = "lever (seed 'bad appraisal'; default 0.4 = 1 - prevention_orientation, the weight under which appraisal leaves the seed city's orientation unchanged)")
    double appraisalEnforcementWeight,
    @Param(group = "officer", def = "0.5", unit = "0-1", min = 0, max = 1,
        doc = "Weight of the appraisal (vs the officer's own orientation) in the orientation officers drift to", source = "assumption")
    double appraisalInfluence,
    @Param(group = "officer", def = "0.1", unit = "1/month", min = 0, max = 1,
        doc = "Monthly share of the gap to the appraisal-rewarded orientation that officers close (half-life about 6.6 months)", source = "assumption")
    double appraisalAdjustmentRate,
    @Param(group = "officer", def = "2", unit = "hours", min = 0, max = 24,
        doc = "Officer hours to take one statement (per visit)", source = "seed 4 ('a few hours to half a day')")
    double statementHours,
    @Param(group = "officer", def = "2", unit = "visits", min = 1, max = 10,
        doc = "Station visits and statements per reported case", source = "seed 4 ('several visits, several statements')")
    int statementVisits,
    @Param(group = "officer", def = "4", unit = "registers", min = 1, max = 20,
        doc = "Registers (books) each case is written into", source = "seed 1 ('one case into several books')")
    int registersPerCase,
    @Param(group = "officer", def = "0.5", unit = "hours", min = 0, max = 8,
        doc = "Hours to write a case into one register", source = "assumption")
    double hoursPerRegister,
    @Param(group = "officer", def = "2", unit = "hours", min = 0, max = 40,
        doc = "Investigation hours per reported crime", source = "assumption", free = true)
    double investigationHours,
    @Param(group = "officer", def = "0.2", unit = "incidents/1000 households/day", min = 0, max = 10,
        doc = "Non-crime public-order incidents (disputes, complaints) reaching the officer", source = "seed 1 ('daily public-order cases')", free = true)
    double incidentsPer1000HouseholdsPerDay,
    @Param(group = "officer", def = "1.5", unit = "hours", min = 0, max = 24,
        doc = "Officer hours to handle one incident (before paperwork)", source = "assumption")
    double incidentHours,
    @Param(group = "officer", def = "0.6", unit = "0-1", min = 0, max = 1,
        doc = "Mean prevention orientation (1 = all free hours to community work, 0 = to enforcement)", source = "seed 1 (officers 'prefer striking at crime')")
    double preventionOrientation,
    @Param(group = "officer", def = "0.7", unit = "0-1", min = 0, max = 1,
        doc = "Mean officer skill: scales investigation success", source = "seed 1 ('lack modern community skills')")
    double officerSkill,
    @Param(group = "officer", def = "0.8", unit = "0-1", min = 0, max = 1,
        doc = "Morale officers recover towards; effective effort = morale", source = "seed 1 ('show up but do not put in effort')")
    double moraleBase,
    @Param(group = "officer", def = "3", unit = "events/officer/year", min = 0, max = 100,
        doc = "Assaults, obstruction and malicious complaints against an officer", source = "seed 1 ('frequent')")
    double assaultComplaintRate,
    @Param(group = "officer", def = "0.2", unit = "share", min = 0, max = 1,
        doc = "Share of assaults and complaints whose authors are punished", source = "seed 1 ('not dealt with severely')")
    double assaultPunishedShare,
    @Param(group = "officer", def = "0.08", unit = "morale", min = 0, max = 1,
        doc = "Morale lost per punished assault/complaint (an unpunished one costs twice)", source = "assumption")
    double moraleShock,
    @Param(group = "officer", def = "0.01", unit = "1/day", min = 0, max = 1,
        doc = "Daily rate at which morale recovers towards its base", source = "assumption")
    double moraleRecovery,
    @Param(group = "officer", def = "0.6", unit = "share", min = 0, max = 1,
        doc = "Share of community hours spent on visible patrol and household visits", source = "assumption (seed 1 roles)")
    double patrolShare,
    @Param(group = "officer", def = "0.2", unit = "share", min = 0, max = 1,
        doc = "Share of community hours spent on publicity (the rest organises the watch group)", source = "assumption (seed 1 roles)")
    double publicityShare,
    @Param(group = "officer", def = "8", unit = "buildings/hour", min = 0, max = 30,
        doc = "Buildings an officer visits in one patrol hour", source = "assumption", free = true)
    double buildingsPerPatrolHour,
    @Param(group = "officer", def = "0.7683", unit = "probability", min = 0, max = 1,
        doc = "Chance that an at-home household in a visited building sees the officer (half that next door)", source = "calibrated (docs/calibration.md); was: assumption", free = true)
    double sightingProbability,
    @Param(group = "officer", def = "40", unit = "households/hour", min = 0, max = 1000,
        doc = "Households one hour of publicity reaches", source = "assumption")
    double householdsPerPublicityHour,

    // ---------------------------------------------------------------- offending
    @Param(group = "offending", def = "0.12", unit = "offenders/1000 households/year", min = 0, max = 10,
        doc = "Onset: residents (non-floating) who start offending, per 1,000 households per year; with desistance it sets the local offender stock (0.12 / 0.1 = 1.2 per 1,000 households)", source = "assumption (no Chinese onset statistic found; set so the equilibrium stock equals the closed pool of the previous version, 2 per 1,000 households with the floating newcomers)", free = true)
    double offenderEntryRate,
    @Param(group = "offending", def = "3.5", unit = "offenders/1000 newcomer households", min = 0, max = 100,
        doc = "Offenders among arriving floating households: floating newcomers arrive at floating_turnover x floating households a month, this many per 1,000 of them offend; floating offenders leave with the same turnover", source = "assumption (seed 'also': outsiders; about twice the local prevalence per household)")
    double floatingNewcomerOffenderRate,
    @Param(group = "offending", def = "0.1", unit = "1/year", min = 0.01, max = 10,
        doc = "Desistance (ageing out): yearly hazard that an offender's criminal career ends, decided per offender life by its own uniform, whatever happens to it", source = "Farrington et al. 2013: average conviction career about 10 years (Cambridge Study, males to age 56)")
    double offenderDesistanceRate,
    @Param(group = "offending", def = "0.5", unit = "probability", min = 0, max = 1,
        doc = "Registration miss rate of the floating population", source = "seed 'also' ('high miss rate')")
    double registrationMissRate,
    @Param(group = "offending", def = "0.2", unit = "attempts/offender/day", min = 0, max = 10,
        doc = "Mean attempt rate of an active offender", source = "assumption", free = true)
    double attemptsPerOffenderPerDay,
    @Param(group = "offending", def = "1.5", unit = "log-sd", min = 0, max = 3,
        doc = "Spread of buildings' attractiveness to offenders (lognormal, mean 1; 0 = all alike): at 1.5 about 45% of attempts fall on 5% of buildings", source = "Weisburd 2015 (about half of crime at about 5% of places)", free = true)
    double buildingAttractivenessSd,
    @Param(group = "offending", def = "0.5333", unit = "share", min = 0, max = 1,
        doc = "Share of local offenders' attempts that are burglaries (the rest are vehicle/bicycle thefts; fraud is remote, see fraud_attempts_phone)", source = "assumption (the former shares 0.40 burglary : 0.35 vehicle theft, renormalised without fraud)")
    double burglaryShare,
    @Param(group = "offending", def = "0.1461", unit = "probability", min = 0, max = 1,
        doc = "Chance a door is left unlocked, at zero awareness (falls linearly with awareness)", source = "calibrated (docs/calibration.md); was: seed 4 (walk-in burglary)", free = true)
    double unlockedDoorProbability,
    @Param(group = "offending", def = "0.25", unit = "probability", min = 0, max = 1,
        doc = "Chance a vehicle or bicycle is carelessly parked, at zero awareness", source = "seed 4 (careless parking)", free = true)
    double carelessParkingProbability,
    @Param(group = "offending", def = "0.2", unit = "probability", min = 0, max = 1,
        doc = "Chance a household falls for a scam, at zero awareness", source = "seed 4 (fraud)", free = true)
    double fraudSuccessProbability,
    @Param(group = "offending", def = "0.0117", unit = "attempts/household/year", min = 0, max = 100,
        doc = "Remote fraud attempts by telephone (a scam call or text that engages the household, not mere spam) per household per year; organised callers outside the city", source = "assumption (an engaged approach: ISC 2016 has 66% of netizens receiving fraud calls a year and 360 Security 2016 about 0.1% of scam calls near-succeeding; total kept at the former model's 0.02 fraud attempts per household-year, split 66:47 phone:online as ISC 2016's exposure shares)")
    double fraudAttemptsPhone,
    @Param(group = "offending", def = "0.0083", unit = "attempts/household/year", min = 0, max = 100,
        doc = "Remote fraud attempts online (social media, fake shops, phishing links) that engage the household, per household per year", source = "assumption (as fraud_attempts_phone; ISC 2016: 47% of netizens met cheating on social networks in a year)")
    double fraudAttemptsOnline,
    @Param(group = "offending", def = "0.35", unit = "probability", min = 0, max = 1,
        doc = "Chance a forced entry succeeds against a home with no physical or technical defence", source = "assumption", free = true)
    double forcedEntrySuccess,
    @Param(group = "offending", def = "0.2", unit = "probability", min = 0, max = 1,
        doc = "Chance of stealing a properly secured vehicle or bicycle", source = "assumption", free = true)
    double securedVehicleTheftSuccess,
    @Param(group = "offending", def = "0.9", unit = "probability", min = 0, max = 1,
        doc = "Chance of stealing a carelessly parked vehicle or bicycle", source = "assumption")
    double carelessVehicleTheftSuccess,
    @Param(group = "offending", def = "0.9", unit = "probability", min = 0, max = 1,
        doc = "Chance occupants at home deter a burglary", source = "assumption (routine activity theory, Cohen & Felson 1979: occupants are capable guardians; 0.9 not estimated)")
    double occupantDeterrence,
    @Param(group = "offending", def = "0.5", unit = "probability", min = 0, max = 1,
        doc = "Chance occupants at home but asleep (23:00-07:00) deter a burglary; occupant_deterrence applies when they are awake",
        source = "assumption (direction from Coupe & Blake 2006, Criminology 44:431: burglars take occupied homes in darkness because they are less likely to be seen; sleeping occupants do not answer an occupancy check; half the awake value, not estimated)")
    double occupantDeterrenceAsleep,
    @Param(group = "offending", def = "0.8", unit = "probability", min = 0, max = 1,
        doc = "Chance an officer in or next to the target building deters the attempt", source = "assumption")
    double officerDeterrence,
    @Param(group = "offending", def = "0.5", unit = "probability", min = 0, max = 1,
        doc = "Chance a watch patrol in or next to the target building deters the attempt", source = "assumption")
    double watchDeterrence,
    @Param(group = "offending", def = "0.3", unit = "probability", min = 0, max = 1,
        doc = "Chance a public camera covering the target deters the attempt", source = "assumption (Welsh & Farrington 2009: modest CCTV effect)")
    double cameraDeterrence,
    @Param(group = "offending", def = "0.5", unit = "0-1", min = 0, max = 1,
        doc = "Reduction of forced-entry success by physical defence (doors, bars, locks)", source = "assumption")
    double physicalDefenceEffect,
    @Param(group = "offending", def = "0.6", unit = "0-1", min = 0, max = 1,
        doc = "Reduction of forced-entry burglary success by household technical defence (alarm, camera); it does not act on vehicle theft in this version", source = "assumption")
    double techDefenceEffect,
    @Param(group = "offending", def = "180", unit = "days", min = 0, max = 3650,
        doc = "Days a cleared offender is incarcerated", source = "assumption")
    int incarcerationDays,
    @Param(group = "offending", def = "0.4", unit = "probability", min = 0, max = 1,
        doc = "Chance a released offender cooperates with rehabilitation", source = "seed 'also' ('do not cooperate')")
    double rehabilitationCooperation,
    @Param(group = "offending", def = "1.5", unit = "multiplier", min = 0, max = 10,
        doc = "Attempt rate of a released offender who does not cooperate with rehabilitation, as a multiple of the offender's base motivation (not compounded across releases)", source = "assumption")
    double reoffendMultiplier,
    @Param(group = "offending", def = "0.5", unit = "multiplier", min = 0, max = 10,
        doc = "Attempt rate of a released offender who cooperates with rehabilitation, as a multiple of the base motivation", source = "assumption")
    double rehabilitationMotivationFactor,
    @Param(group = "offending", def = "3", unit = "multiplier", min = 0.1, max = 100,
        doc = "Cap on an offender's motivation (attempt-rate multiplier); base motivations are uniform on [0.5, 1.5]", source = "assumption")
    double motivationCap,
    @Param(group = "offending", def = "0.3", unit = "0-1", min = 0, max = 1,
        doc = "Perceived-risk gain when an offender is deterred or arrested in a community", source = "assumption")
    double riskLearning,
    @Param(group = "offending", def = "0.02", unit = "1/day", min = 0, max = 1,
        doc = "Daily decay of perceived risk", source = "assumption")
    double riskDecay,
    @Param(group = "offending", def = "1.0", unit = "1/community", min = 0, max = 10,
        doc = "Distance decay of an offender's choice of community (communities away from home)", source = "assumption (journey-to-crime distance decay, Rossmo 2000; the rate per community is not estimated)")
    double distanceDecay,
    @Param(group = "offending", def = "0.2", unit = "probability", min = 0, max = 1,
        doc = "Chance an offender choosing a burglary target returns to the home of its last successful burglary, just after that success; it decays with return_memory_days (boost account of repeat victimisation)",
        source = "assumption (Ericsson 1995: about three in four interviewed burglars had returned to a home they had burgled; 1 - 0.8^6 = 0.74 over six successes; Everson & Pease 2001, Bernasco 2008: repeats are mostly by the same offender; per-choice figure not estimated)")
    double returnProbability,
    @Param(group = "offending", def = "30", unit = "days", min = 1, max = 3650,
        doc = "Time constant (e-folding) of the decay of the chance to return to the last successful burglary target",
        source = "assumption (what the offender knows of the home goes stale as goods are replaced and defences upgraded; Bernasco 2008: same-offender involvement falls with the time between burglaries; the time scale is not estimated)")
    int returnMemoryDays,

    // ---------------------------------------------------------------- reporting and clearance
    @Param(group = "reporting", def = "-0.4395", unit = "logit", min = -20, max = 20,
        doc = "Intercept of the reporting decision", source = "calibrated (seed 4: reporting below 70%)", free = true)
    double reportingIntercept,
    @Param(group = "reporting", def = "2.0", unit = "logit/seriousness", min = 0, max = 20,
        doc = "Weight of seriousness in the reporting decision", source = "assumption (Skogan 1984)")
    double reportingSeriousnessWeight,
    @Param(group = "reporting", def = "1.0", unit = "logit/trust", min = 0, max = 20,
        doc = "Weight of trust in police in the reporting decision", source = "assumption (Goudriaan 2006)")
    double reportingTrustWeight,
    @Param(group = "reporting", def = "1.5", unit = "logit/clearance", min = 0, max = 20,
        doc = "Weight of the expected clearance rate in the reporting decision", source = "seed 4 ('low clearance')")
    double reportingClearanceWeight,
    @Param(group = "reporting", def = "0.12", unit = "logit/hour", min = 0, max = 5,
        doc = "Weight of the reporting cost (victim hours at the station) in the decision", source = "seed 4 ('reporting is costly')", free = true)
    double reportingCostWeight,
    @Param(group = "reporting", def = "1.3189", unit = "logit", min = 0, max = 10,
        doc = "Reluctance to report a loss caused by one's own carelessness", source = "calibrated (docs/calibration.md); was: seed 4 ('accept their bad luck')", free = true)
    double carelessnessShame,
    @Param(group = "reporting", def = "0.8", unit = "0-1", min = 0, max = 1,
        doc = "Seriousness of a burglary", source = "assumption")
    double seriousnessBurglary,
    @Param(group = "reporting", def = "0.5", unit = "0-1", min = 0, max = 1,
        doc = "Seriousness of a vehicle or bicycle theft", source = "assumption")
    double seriousnessVehicleTheft,
    @Param(group = "reporting", def = "0.6", unit = "0-1", min = 0, max = 1,
        doc = "Seriousness of a fraud", source = "assumption")
    double seriousnessFraud,
    @Param(group = "reporting", def = "0.3", unit = "probability", min = 0, max = 1,
        doc = "Chance a fully skilled officer clears a case investigated at once", source = "assumption", free = true)
    double clearanceProbability,
    @Param(group = "reporting", def = "0.10", unit = "probability", min = 0, max = 1,
        doc = "Chance that a reported remote fraud is cleared when the local officer finishes the case (the offenders are elsewhere; a clearance arrests no local offender)", source = "assumption (below the national figure: MPS via Xinhua 2017, 83,000 telecom fraud cases solved in 2016 against about 590,000 registered in 2015, about 0.14, mostly by specialised units)")
    double fraudLocalClearance,
    @Param(group = "reporting", def = "0.5", unit = "share", min = 0, max = 5,
        doc = "Relative rise of clearance when a camera covers the crime scene", source = "assumption")
    double cameraEvidenceBonus,
    @Param(group = "reporting", def = "0.3", unit = "multiplier", min = 0, max = 1,
        doc = "Clearance multiplier when the offender is unregistered floating population", source = "seed 'also' (outsiders go unmonitored)")
    double unregisteredClearanceFactor,
    @Param(group = "reporting", def = "20", unit = "days", min = 1, max = 3650,
        doc = "Half-life of evidence while a case waits in the backlog", source = "assumption")
    double evidenceHalfLifeDays,

    // ---------------------------------------------------------------- residents
    @Param(group = "residents", def = "0.35", unit = "0-1", min = 0, max = 1,
        doc = "Mean baseline self-protection awareness", source = "seed 4 ('weak')", free = true)
    double awarenessMean,
    @Param(group = "residents", def = "0.15", unit = "0-1", min = 0, max = 0.5,
        doc = "Spread (sd) of baseline awareness between households", source = "assumption")
    double awarenessSd,
    @Param(group = "residents", def = "0.01", unit = "1/day", min = 0, max = 1,
        doc = "Daily decay of raised awareness and trust towards each household's baseline", source = "assumption")
    double attitudeDecay,
    @Param(group = "residents", def = "0.3", unit = "0-1", min = 0, max = 1,
        doc = "Awareness gain (share of the gap to 1) after own victimisation", source = "assumption")
    double victimAwarenessGain,
    @Param(group = "residents", def = "0.05", unit = "0-1", min = 0, max = 1,
        doc = "Awareness gain after a neighbour in the building is victimised", source = "assumption")
    double neighbourAwarenessGain,
    @Param(group = "residents", def = "0.15", unit = "0-1", min = 0, max = 1,
        doc = "Awareness gain from officer or watch publicity reaching the household", source = "assumption")
    double publicityAwarenessGain,
    @Param(group = "residents", def = "0.0", unit = "0-1/month", min = 0, max = 1,
        doc = "City-wide awareness campaign: gain applied to every household each month", source = "lever (seed 4)")
    double awarenessCampaign,
    @Param(group = "residents", def = "0.45", unit = "0-1", min = 0, max = 1,
        doc = "Mean baseline trust in the police", source = "assumption")
    double trustMean,
    @Param(group = "residents", def = "0.03", unit = "0-1", min = 0, max = 1,
        doc = "Trust gain when a household sees its officer", source = "assumption")
    double contactTrustGain,
    @Param(group = "residents", def = "0.2", unit = "0-1", min = 0, max = 1,
        doc = "Trust gain when one's reported case is cleared", source = "assumption")
    double clearedTrustGain,
    @Param(group = "residents", def = "0.1", unit = "0-1", min = 0, max = 1,
        doc = "Trust loss when one's reported case is not cleared", source = "assumption")
    double unclearedTrustLoss,
    @Param(group = "residents", def = "0.3", unit = "0-1", min = 0, max = 1,
        doc = "Mean sense of belonging to the community", source = "seed 1 ('low sense of belonging')")
    double belongingMean,
    @Param(group = "residents", def = "0.2", unit = "0-1", min = 0, max = 1,
        doc = "Mean willingness to pay for security", source = "seed 4 ('will not pay for security')")
    double willingnessToPayMean,
    @Param(group = "residents", def = "0.6", unit = "share", min = 0, max = 1,
        doc = "Share of homes with physical defence (security doors, bars)", source = "seed 5 ('doors, bars and locks')")
    double physicalDefenceShare,
    @Param(group = "residents", def = "1.0", unit = "0-1", min = 0, max = 5,
        doc = "Perceived cost of household technical defence", source = "assumption")
    double techDefenceCost,
    @Param(group = "residents", def = "0.0", unit = "0-1", min = 0, max = 5,
        doc = "Subsidy towards household technical defence (same scale as cost)", source = "lever (seed 5)")
    double techDefenceSubsidy,
    @Param(group = "residents", def = "0.0009", unit = "1/month", min = 0, max = 1,
        doc = "Monthly adoption chance of a household whose adoption utility is neutral", source = "calibrated (seed 5: technical defence is 'rare'; target tech_adoption_share 0.01-0.08); was: assumption 0.005", free = true)
    double techAdoptionRate,
    @Param(group = "residents", def = "0.0167", unit = "1/month", min = 0, max = 1,
        doc = "Monthly chance that a home's technical defence is abandoned (device fails and is not replaced, household moves out): mean life 5 years", source = "assumption")
    double techAbandonmentRate,
    @Param(group = "residents", def = "1.0", unit = "utility", min = 0, max = 10,
        doc = "Weight of neighbours' adoption in the building (diffusion)", source = "assumption (Rogers 2003)")
    double techNeighbourWeight,

    // ---------------------------------------------------------------- watch group
    @Param(group = "watch", def = "500", unit = "yuan/month", min = 0, max = 1e6,
        doc = "Government budget to each community's watch group", source = "seed 2 ('a little from the budget')")
    double watchGovernmentBudget,
    @Param(group = "watch", def = "10", unit = "yuan/month", min = 0, max = 1e4,
        doc = "Monthly contribution of a contributing household", source = "seed 2 ('a little from individuals')")
    double watchContribution,
    @Param(group = "watch", def = "0.7", unit = "0-1", min = 0, max = 1,
        doc = "'I already pay taxes': how much this attitude suppresses contributions", source = "seed 2")
    double taxpayerAttitude,
    @Param(group = "watch", def = "200", unit = "yuan/month", min = 0, max = 1e6,
        doc = "Income from convenience-service activities", source = "seed 2 ('a little from activities')")
    double watchActivityIncome,
    @Param(group = "watch", def = "300", unit = "yuan/month", min = 1, max = 1e5,
        doc = "Stipend an active member costs per month", source = "assumption")
    double watchStipend,
    @Param(group = "watch", def = "20", unit = "members", min = 0, max = 10000,
        doc = "Members on the roll at the start", source = "seed 2 ('formally set up')")
    int watchInitialMembers,
    @Param(group = "watch", def = "0.001", unit = "1/month", min = 0, max = 1,
        doc = "Monthly chance a household with full belonging joins, before mobilisation", source = "assumption")
    double watchJoinRate,
    @Param(group = "watch", def = "0.02", unit = "1/hour", min = 0, max = 10,
        doc = "Rise in joining per monthly hour of officer organising and cadre support", source = "assumption")
    double watchMobilisationEffect,
    @Param(group = "watch", def = "3", unit = "multiplier", min = 0, max = 100,
        doc = "Rise in joining when the group can pay every willing member a stipend (scaled by the share it can pay)", source = "assumption (DESIGN.md 1 process 7: members join with a stipend)")
    double watchStipendAttraction,
    @Param(group = "watch", def = "0.05", unit = "1/month", min = 0, max = 1,
        doc = "Monthly share of members who leave", source = "assumption")
    double watchChurn,
    @Param(group = "watch", def = "0.5", unit = "share", min = 0, max = 1,
        doc = "Share of members willing to patrol if paid", source = "assumption")
    double watchWillingShare,
    @Param(group = "watch", def = "16", unit = "hours/member/month", min = 0, max = 200,
        doc = "Patrol hours of an active member", source = "assumption")
    double watchHoursPerMember,
    @Param(group = "watch", def = "5", unit = "members", min = 0, max = 1000,
        doc = "Active members below which the group exists only on paper", source = "seed 2 ('in name only')")
    int watchActiveThreshold,
    @Param(group = "watch", def = "4", unit = "buildings/hour", min = 0, max = 100,
        doc = "Buildings one patrolling member passes in an evening hour", source = "assumption")
    double watchBuildingsPerHour,

    // ---------------------------------------------------------------- cadres
    @Param(group = "cadre", def = "5", unit = "cadres/community", min = 1, max = 100,
        doc = "Community cadres (residents' committee staff)", source = "assumption (typical residents' committee)")
    int cadresPerCommunity,
    @Param(group = "cadre", def = "8", unit = "hours/day", min = 1, max = 16,
        doc = "Working hours of a cadre on a weekday", source = "assumption")
    double cadreHoursPerDay,
    @Param(group = "cadre", def = "100", unit = "tasks", min = 0, max = 1000,
        doc = "Recurring, periodic, seasonal and ad-hoc tasks pushed down to the community", source = "seed 3 ('100+')")
    int tasksPushedDown,
    @Param(group = "cadre", def = "2", unit = "forms/task/month", min = 0, max = 100,
        doc = "Inspection and appraisal forms each task generates per month", source = "assumption")
    double formsPerTaskPerMonth,
    @Param(group = "cadre", def = "2.9244", unit = "hours/form", min = 0, max = 100,
        doc = "Cadre hours to fill one form", source = "calibrated (seed 3: two-thirds of time on forms)", free = true)
    double hoursPerForm,
    @Param(group = "cadre", def = "1.0", unit = "weight", min = 0, max = 10,
        doc = "Pull of funded departmental work (family planning, health: dedicated funds, hard veto)", source = "seed 3")
    double fundedTaskWeight,
    @Param(group = "cadre", def = "0.1", unit = "weight", min = 0, max = 10,
        doc = "Intrinsic pull of safety work on cadre time", source = "assumption")
    double safetyBaseWeight,
    @Param(group = "cadre", def = "0.0", unit = "weight", min = 0, max = 10,
        doc = "Dedicated safety funding (lever; 0 = none, as in the seed)", source = "seed 3 ('safety has no dedicated funds')")
    double safetyFunding,
    @Param(group = "cadre", def = "0.2", unit = "weight", min = 0, max = 10,
        doc = "Strength of the safety 'one-vote veto'", source = "seed 3 ('weaker than family planning's')")
    double safetyVetoStrength,
    @Param(group = "cadre", def = "0.5", unit = "households/hour", min = 0, max = 100,
        doc = "Floating households a cadre registers per safety hour spent on registration", source = "assumption")
    double registrationsPerSafetyHour,
    @Param(group = "cadre", def = "0.3", unit = "incidents/hour", min = 0, max = 10,
        doc = "Incidents a cadre's mediation hour settles before they reach the officer", source = "assumption")
    double mediationsPerSafetyHour,

    // ---------------------------------------------------------------- cameras
    @Param(group = "cameras", def = "32", unit = "cameras", min = 0, max = 100000,
        doc = "Public cameras in the city", source = "seed 5 ('rare')")
    int publicCameras,
    @Param(group = "cameras", def = "RANDOM", unit = "layout",
        doc = "Camera placement: NONE, RANDOM, UNIFORM, HOTSPOT (most recorded burglaries and vehicle thefts in the burn-in; needs burn_in_days >= 180), ENTRANCES (community perimeters)", source = "seed 5 ('badly laid out')")
    CameraLayout cameraLayout,
    @Param(group = "cameras", def = "1", unit = "buildings", min = 0, max = 10,
        doc = "Coverage radius of a camera (Chebyshev distance in buildings)", source = "assumption")
    int cameraRadius
) {
    /** The model's defaults: every parameter at its documented value. */
    public static Parameters defaults() {
        return ParameterSpace.defaults();
    }

    public int communities() {
        return gridWidth * gridHeight;
    }

    public long households() {
        return (long) householdsPerCommunity * communities();
    }
}
