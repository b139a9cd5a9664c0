# Probe leads written for session 11 (our own words): sides an analyst reads from the report's context rather than
# the sentence (a group's claim or other attacks told later or earlier, the side a target belongs to named in a
# relative clause, two-sided fighting, unnamed militants where one group is named), and controls where the context
# must not be used (two attackers in one report, a state denying, aircraft). Format as actors10_leads.py.
US="Military Forces of the United States"; IL="Military Forces of Israel"; RU="Military Forces of Russia"; UA="Military Forces of Ukraine"
AA="Ansar Allah"; CIV="Civilians"; SHIP="Commercial shipping"; IS="Islamic State"; UAG="Unidentified Armed Group"
JNIM="Jama'at Nusrat al-Islam wal-Muslimin"; SHB="Al-Shabaab"; SOM="Military Forces of Somalia"; NGM="Military Forces of Nigeria"
HZB="Hezbollah"; IRI="Islamic Resistance in Iraq"; M23="March 23 Movement"; DRC="Military Forces of the Democratic Republic of Congo"
MLI="Military Forces of Mali"; BFA="Military Forces of Burkina Faso"; BH="Boko Haram"; RSF="Rapid Support Forces"; SAF="Sudanese Armed Forces"
P=[
# an unattributed weapon attack; the group's claim comes later in the report
("2026-10-01","A drone exploded near the runway of Erbil airport late on Wednesday without causing casualties, Kurdish counter-terrorism officials said. The Islamic Resistance in Iraq said in a statement on Thursday that it had attacked the airport with a drone.",dict(actor1=IRI,weapon="drone")),
("2026-10-02","Two rockets landed inside the perimeter of a base hosting US troops near Hasakah on Thursday, a US official said, adding that no one was hurt. Hours later the Islamic Resistance in Iraq claimed the attack on its Telegram channel.",dict(actor1=IRI,weapon="rocket")),
("2026-10-03","A roadside bomb tore through a minibus on the road out of Baidoa on Friday, killing five passengers, a local official said. Al-Shabaab said on one of its radio stations that its fighters had planted the device.",dict(actor1=SHB,fatalities=5)),
("2026-10-04","A container ship was hit by a missile about 60 nautical miles west of Hodeidah on Saturday and reported a small fire on deck, the UKMTO agency said. The crew were unhurt. Houthi military spokesman Yahya Saree later said the group's naval forces had targeted the vessel.",dict(actor1=AA,actor2=SHIP)),
("2026-10-05","An explosive-laden drone hit an army position outside Tessit on Sunday, killing three soldiers, local sources said. JNIM, al-Qaeda's affiliate in the Sahel, said on Monday it had carried out the strike.",dict(actor1=JNIM,fatalities=3)),
# an unattributed attack in a report whose other attacks are one group's
("2026-10-06","Hezbollah said it fired a salvo of rockets at an Israeli army base near Safed on Monday. Later in the day, about 20 rockets were fired from Lebanon at Nahariya, lightly wounding two people, Israeli medics said.",dict(actor1=HZB,fatalities=0)),
("2026-10-07","The Houthis said they fired a ballistic missile at a tanker in the Red Sea on Tuesday. On the same day a bulk carrier was struck by a drone boat off Mokha, the British maritime agency said, and was left drifting.",dict(actor1=AA,actor2=SHIP,weapon="drone")),
("2026-10-08","Al-Shabaab fighters overran a military base in Middle Shabelle on Wednesday, the group said. Separately, a mortar attack hit a market in the nearby town of Jowhar, killing two traders, residents said.",dict(actor1=SHB,actor2=CIV,fatalities=2)),
# unnamed militants or gunmen where the report names one armed group
("2026-10-09","Militants ambushed a Burkinabe army convoy near Arbinda on Thursday, killing 11 soldiers, security sources said. The area has seen repeated attacks by JNIM, which controls much of the countryside around the town.",dict(actor1=JNIM,actor2=BFA,fatalities=11)),
("2026-10-10","Gunmen on motorcycles stormed a village near Damboa on Friday, killing eight farmers, residents said. Boko Haram fighters have carried out similar raids in the area in recent months, according to a local official.",dict(actor1=BH,actor2=CIV,fatalities=8)),
("2026-10-11","Suspected insurgents attacked a police station in Bulo Burde on Saturday, killing two officers, a police commander said. Al-Shabaab said later that its fighters had raided the station.",dict(actor1=SHB,fatalities=2)),
# the side a target belongs to, named in a relative clause
("2026-10-12","US aircraft struck a weapons depot near Albukamal on Sunday which the Pentagon says is used by Kata'ib Hezbollah, a US official said.",dict(actor1=US,actor2="Kata'ib Hezbollah")),
("2026-10-13","Israeli jets struck the port of Salif on Monday, hitting fuel tanks which the Israeli military says the Houthis use to import weapons.",dict(actor1=IL,actor2=AA)),
("2026-10-14","Turkish drones hit a warehouse in the Makhmour camp on Tuesday that Ankara says was used by the PKK, Kurdish media reported.",dict(actor1="Military Forces of Turkey",actor2="Kurdistan Workers' Party")),
("2026-10-15","Residents of Sa'ada described heavy explosions on Wednesday night at sites used by Houthi forces after a wave of US strikes on the province.",dict(actor1=US,actor2=AA)),
# two-sided fighting
("2026-10-16","Fighting between M23 rebels and the Congolese army went on through Thursday around the town of Kitshanga, residents said.",dict(actor1=[M23,DRC],actor2=[M23,DRC])),
("2026-10-17","Clashes between the Sudanese army and the RSF erupted in the city of Babanusa on Friday, witnesses said.",dict(actor1=[SAF,RSF],actor2=[SAF,RSF])),
("2026-10-18","Heavy fighting broke out between Islamic State militants and the Nigerian army near Malam Fatori on Saturday, military sources said.",dict(actor1=[IS,NGM],actor2=[IS,NGM])),
# claims in the sentence itself, for comparison
("2026-10-19","The Islamic Resistance in Iraq said it had attacked a US base near Shaddadi with drones on Sunday.",dict(actor1=IRI,claimed_by=IRI)),
# controls: two attackers in one report -> the unattributed one stays unnamed
("2026-10-20","JNIM fighters attacked a gendarmerie post near Djibasso on Monday, the group said. The Islamic State in the Sahel said it killed four soldiers near Seytenga. Separately, an explosive device hit a bus near Dori, killing six passengers, officials said.",dict(actor1=None,actor2=CIV,fatalities=6)),
("2026-10-21","Al-Shabaab claimed an attack on a base in Hiraan on Tuesday. Islamic State Somalia said its fighters attacked a checkpoint near Qandala. A car bomb also exploded near a hotel in Beledweyne, killing three people, police said.",dict(actor1=None,fatalities=3)),
# controls: a state denies; the group does not claim
("2026-10-22","A drone struck a gas field in Sulaymaniyah province on Wednesday, setting a storage tank on fire, regional officials said. No group claimed the attack. Iran's foreign ministry denied any involvement.",dict(actor1=None,weapon="drone")),
("2026-10-23","An explosion hit a police station in Quetta on Thursday, wounding four officers. No group has claimed the attack, police said.",dict(actor1=None)),
# controls: an air strike unattributed in a report that names one armed group
("2026-10-24","An air strike hit a market in Nyala on Friday, killing 14 people, a doctors' group said. The RSF, which controls the city, said it had shot down a drone over the airport on Thursday.",dict(actor1=[None,SAF],actor2=CIV,fatalities=14)),
# controls: a state's strikes and a group's rockets in one report; the unattributed strike is not the group's
("2026-10-25","Hezbollah said it fired rockets at the town of Metula on Saturday. An Israeli strike hit a house in Khiam, killing three people. Later a drone struck a car near Tebnine, killing the driver, Lebanese state media said.",dict(actor1=[None,IL],fatalities=1)),
# the group hit is not the attacker
("2026-10-26","A drone struck a vehicle carrying al-Shabaab commanders near Jamame on Sunday, killing three of them, local elders said. The group said its fighters had attacked an army base near Kismayo on the same day.",dict(actor1=[None,US,SOM],actor2=SHB)),
# a group's attack then an unrelated incident with gunmen: gunmen read as the group
("2026-10-27","Islamic State militants attacked an army post near Tarmiyah on Monday, killing two soldiers, the army said. On the same night, gunmen shot dead a shepherd near Mutaibijah, police said.",dict(actor1=[IS,UAG],actor2=CIV,fatalities=1)),
("2026-10-28","Russian forces shelled Kherson on Tuesday, killing two people, the regional governor said. A drone also hit a bus in the nearby village of Bilozerka, wounding five, officials said.",dict(actor1=RU,actor2=CIV,weapon="drone")),
("2026-10-29","Israeli troops raided the town of Qabatiya on Wednesday, the army said. During the raid, gunfire killed a 17-year-old boy, the Palestinian health ministry said.",dict(actor1=IL,actor2=CIV)),
("2026-10-30","The Houthis said on Thursday they had launched a missile at Ben Gurion airport. Air raid sirens sounded across central Israel and the missile was intercepted, the Israeli military said.",dict(actor1=AA)),
]
