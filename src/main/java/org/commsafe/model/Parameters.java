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
        doc = "Communities along the city's x axis", source = "DESIGN.md 1 (4 x 4 grid)")
    int gridWidth,
    @Param(group = "city", def = "4", unit = "communities", min = 1, max = 100,
        doc = "Communities along the city's y axis", source = "DESIGN.md 1 (4 x 4 grid)")
    int gridHeight,
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
    @Param(group = "officer", def = "RANDOM_WALK", unit = "strategy",
        doc = "How officers spend patrol hours: RANDOM_WALK (beat walk between neighbouring buildings), HOTSPOT (short stops at the beat's buildings with the most recorded spatial crime, residual deterrence), DOOR_TO_DOOR (household visits)",
        source = "lever (seed 1: officers 'rarely enter the community'; default RANDOM_WALK: no crime-mapping deployment and no household visiting in the seed city)")
    PatrolStrategy patrolStrategy,
    @Param(group = "officer", def = "8", unit = "buildings/hour", min = 0, max = 30,
        doc = "Buildings an officer passes in one hour of beat walk (RANDOM_WALK); each is watched for 60 / this minutes", source = "assumption (a slow foot patrol of about 7 minutes per building and its surroundings)", free = true)
    double buildingsPerPatrolHour,
    @Param(group = "officer", def = "0.1", unit = "probability", min = 0, max = 1,
        doc = "Chance that an at-home household in a building the officer passes sees the officer (someone outside, at the gate or a window during the few minutes of the pass)", source = "assumption (about one at-home household in ten has someone out of doors or at the window during a 7-minute pass; gives tens of households seeing the officer per patrol hour, not hundreds)", free = true)
    double sightingProbability,
    @Param(group = "officer", def = "0.25", unit = "multiplier", min = 0, max = 1,
        doc = "Sighting chance next door to the building passed, as a multiple of the sighting probability", source = "assumption (the officer is seen from the adjacent buildings' gates and windows less often)")
    double sightingNeighbourFactor,
    @Param(group = "officer", def = "2", unit = "conversations/hour", min = 0, max = 20,
        doc = "Conversations with at-home residents of the buildings passed in one hour of beat walk or hot-spot patrol (each a contact)", source = "assumption (an officer on foot stops to talk with one or two residents an hour; Wycoff et al. 1985 describe such contacts as brief and friendly)")
    double conversationsPerPatrolHour,
    @Param(group = "officer", def = "15", unit = "minutes", min = 1, max = 60,
        doc = "Minutes of one door-to-door visit that finds someone at home (knock, introduction, conversation, record, walk to the next door)", source = "assumption (Wycoff et al. 1985, Houston citizen contact patrol: brief doorstep contacts; one officer a shift reached 37% of housing units in 8 months)")
    double visitMinutes,
    @Param(group = "officer", def = "3", unit = "minutes", min = 0, max = 60,
        doc = "Minutes lost at a door where nobody is at home (DOOR_TO_DOOR)", source = "assumption (knock, wait, leave a card)")
    double knockMinutes,
    @Param(group = "officer", def = "15", unit = "minutes", min = 1, max = 60,
        doc = "Dwell time of a hot-spot stop (HOTSPOT)", source = "Koper 1995: stops of 10-15 minutes maximise the disorder-free time after the officer leaves")
    double hotspotDwellMinutes,
    @Param(group = "officer", def = "30", unit = "minutes", min = 0, max = 60,
        doc = "Residual deterrence after a hot-spot stop: minutes of the next hour during which the officer still deters (HOTSPOT)", source = "Koper 1995: after 10-15 minute stops disorder within 30 minutes of departure fell from 15% to 4%")
    double residualDeterrenceMinutes,
    @Param(group = "officer", def = "0.05", unit = "share", min = 0.001, max = 1,
        doc = "Share of the beat's buildings on its hot-spot list, ranked on recorded spatial crime (HOTSPOT)", source = "Weisburd 2015: about half of crime at about 5% of places")
    double hotspotShare,
    @Param(group = "officer", def = "40", unit = "households/hour", min = 0, max = 1000,
        doc = "Households one hour of publicity approaches (talks, leaflets at the door or the compound gate); only those at home are reached", source = "assumption")
    double householdsPerPublicityHour,

    // ---------------------------------------------------------------- offending
    @Param(group = "offending", def = "2", unit = "offenders/1000 households", min = 0, max = 100,
        doc = "Active offender population", source = "assumption", free = true)
    double offendersPer1000Households,
    @Param(group = "offending", def = "0.4", unit = "share", min = 0, max = 1,
        doc = "Share of offenders from the floating population", source = "seed 'also' (floating population)")
    double floatingOffenderShare,
    @Param(group = "offending", def = "0.5", unit = "probability", min = 0, max = 1,
        doc = "Registration miss rate of the floating population", source = "seed 'also' ('high miss rate')")
    double registrationMissRate,
    @Param(group = "offending", def = "0.2", unit = "attempts/offender/day", min = 0, max = 10,
        doc = "Mean attempt rate of an active offender", source = "assumption", free = true)
    double attemptsPerOffenderPerDay,
    @Param(group = "offending", def = "1.5", unit = "log-sd", min = 0, max = 3,
        doc = "Spread of buildings' attractiveness to offenders (lognormal, mean 1; 0 = all alike): at 1.5 about 45% of attempts fall on 5% of buildings", source = "Weisburd 2015 (about half of crime at about 5% of places)", free = true)
    double buildingAttractivenessSd,
    @Param(group = "offending", def = "0.40", unit = "share", min = 0, max = 1,
        doc = "Share of attempts that are burglaries", source = "assumption")
    double burglaryShare,
    @Param(group = "offending", def = "0.35", unit = "share", min = 0, max = 1,
        doc = "Share of attempts that are vehicle/bicycle thefts (fraud is the rest)", source = "assumption")
    double vehicleTheftShare,
    @Param(group = "offending", def = "0.1461", unit = "probability", min = 0, max = 1,
        doc = "Chance a door is left unlocked, at zero awareness (falls linearly with awareness)", source = "calibrated (docs/calibration.md); was: seed 4 (walk-in burglary)", free = true)
    double unlockedDoorProbability,
    @Param(group = "offending", def = "0.25", unit = "probability", min = 0, max = 1,
        doc = "Chance a vehicle or bicycle is carelessly parked, at zero awareness", source = "seed 4 (careless parking)", free = true)
    double carelessParkingProbability,
    @Param(group = "offending", def = "0.2", unit = "probability", min = 0, max = 1,
        doc = "Chance a household falls for a scam, at zero awareness", source = "seed 4 (fraud)", free = true)
    double fraudSuccessProbability,
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
        doc = "Chance occupants at home deter a burglary", source = "routine activity theory (Cohen & Felson 1979)")
    double occupantDeterrence,
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
        doc = "Distance decay of an offender's choice of community (communities away from home)", source = "journey-to-crime literature (Rossmo 2000)")
    double distanceDecay,
    @Param(group = "offending", def = "0.3", unit = "0-1", min = 0, max = 1,
        doc = "Offenders' shared street knowledge: rise of a building's perceived risk (share of the gap to 1) when an attempt there is stopped by an officer, a watch patrol or a camera", source = "assumption (burglars share what they learn about places: Wright & Decker 1994)")
    double placeRiskLearning,
    @Param(group = "offending", def = "0.5", unit = "share", min = 0, max = 1,
        doc = "Share of a building's perceived-risk rise that spreads to its neighbouring buildings (0: displacement only, high: diffusion of benefits)", source = "assumption (Clarke & Weisburd 1994: offenders overestimate the reach of measures)")
    double placeRiskSpread,
    @Param(group = "offending", def = "4", unit = "1/risk", min = 0, max = 100,
        doc = "How strongly perceived place risk lowers a building's pull: weight = attractiveness / (1 + this * risk); decays at risk_decay", source = "assumption (same form as the community choice)")
    double placeRiskAversion,

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
        doc = "Trust gain (share of the gap to 1) from a conversation, household visit or publicity contact with the officer", source = "assumption (Skogan 2006: contacts move confidence in the police only a little)")
    double contactTrustGain,
    @Param(group = "residents", def = "0.005", unit = "0-1", min = 0, max = 1,
        doc = "Trust gain (share of the gap to 1) on a day a household sees its officer pass", source = "assumption (a sighting is no conversation: a sixth of a contact's gain)")
    double sightingTrustGain,
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
        doc = "Rise in joining when the group can pay every willing member a stipend (scaled by the share it can pay)", source = "DESIGN 1 process 7 (members join with stipend)")
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
        doc = "Camera placement: NONE, RANDOM, UNIFORM, HOTSPOT (most burn-in crime), ENTRANCES (community perimeters)", source = "seed 5 ('badly laid out')")
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
