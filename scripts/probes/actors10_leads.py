# Probe leads written for session 10 (our own words): who was hit (actor2) and who struck (actor1).
# Each: published, text, expected fields. Expected: value, or a list of acceptable values; None = field must be empty.
US="Military Forces of the United States"; IL="Military Forces of Israel"; RU="Military Forces of Russia"; UA="Military Forces of Ukraine"
AA="Ansar Allah"; CIV="Civilians"; SHIP="Commercial shipping"; IS="Islamic State"; UAG="Unidentified Armed Group"
IQM="Military Forces of Iraq"; IQP="Police Forces of Iraq"; PKM="Military Forces of Pakistan"; PKP="Police Forces of Pakistan"
JNIM="Jama'at Nusrat al-Islam wal-Muslimin"; SHB="Al-Shabaab"; SOM="Military Forces of Somalia"; NGM="Military Forces of Nigeria"
P=[
# victims named as police officers, soldiers, a commander, guards, a convoy
("2025-10-01","Gunmen killed two police officers at a checkpoint in Kirkuk on Tuesday night, a security source said.",dict(actor1=UAG,actor2=IQP,fatalities=2)),
("2025-10-02","Police in Basra detained three men suspected of planting a bomb near an oil pipeline on Wednesday, a police spokesman said.",dict(actor1=IQP)),
("2025-10-03","Three soldiers were killed when a roadside bomb hit their patrol near Tarmiyah north of Baghdad on Thursday, the Iraqi army said.",dict(actor2=IQM,weapon="IED",fatalities=3)),
("2025-10-04","Unidentified assailants opened fire on a police patrol in Peshawar on Friday, killing one policeman, police said.",dict(actor1=UAG,actor2=PKP,fatalities=1)),
("2025-10-05","Militants attacked a Pakistani army post in North Waziristan on Saturday, killing four soldiers, the military's media wing said.",dict(actor2=PKM,fatalities=4)),
("2025-10-06","Suspected jihadists ambushed a military convoy near Djibo on Sunday, killing nine soldiers, security sources said.",dict(actor2="Military Forces of Burkina Faso",fatalities=9)),
("2025-10-07","Al-Shabaab fighters attacked a Somali army base in Lower Shabelle on Monday, the group said, claiming to have killed 20 soldiers.",dict(actor1=SHB,actor2=SOM,claimed_by=SHB)),
("2025-10-08","A senior Hezbollah commander was killed in an Israeli drone strike on his car near Tyre on Tuesday, a source close to the group said.",dict(actor1=IL,actor2="Hezbollah",weapon="drone",fatalities=1)),
("2025-10-09","Gunmen killed four guards at a checkpoint on the road to Baiji on Wednesday, Iraqi security officials said.",dict(actor1=UAG,actor2=IQM,fatalities=4)),
("2025-10-10","Two Nigerian soldiers were killed when Boko Haram fighters stormed a base in Marte on Thursday, military sources said.",dict(actor1="Boko Haram",actor2=NGM,fatalities=2)),
("2025-10-11","Basra police said a bomb planted under a car wounded two people in the city centre on Friday.",dict(actor2=CIV,weapon="IED")),
("2025-10-12","Islamic State militants killed three members of the Popular Mobilisation Forces in an attack near Tuz Khurmatu on Saturday, a PMF statement said.",dict(actor1=IS,actor2="Popular Mobilisation Forces",fatalities=3)),
("2025-10-13","Kirkuk police said gunmen had shot dead a police officer outside his home in Hawija on Sunday.",dict(actor1=UAG,actor2=IQP,fatalities=1)),
# ships
("2025-10-14","A Marshall Islands-flagged bulk carrier was struck by a missile in the Red Sea on Monday, the UKMTO agency said. The Houthis later claimed the attack.",dict(actor1=AA,actor2=SHIP,claimed_by=AA)),
("2025-10-15","The Houthis fired two drones at a Greek-owned oil tanker off Mokha on Tuesday, British maritime security firm Ambrey said.",dict(actor1=AA,actor2=SHIP,weapon="drone")),
("2025-10-16","A US Navy destroyer shot down three Houthi drones over the Red Sea on Wednesday as they flew toward the warship, US Central Command said.",dict(actor1=AA,actor2=US)),
# civilians in homes, markets, camps; journalists, aid workers
("2025-10-17","Russian shelling hit a market in Kherson on Thursday, killing two civilians, the regional governor said.",dict(actor1=RU,actor2=CIV,fatalities=2)),
("2025-10-18","An Israeli air strike on a tent camp for displaced people in al-Mawasi killed 11 people on Friday, the Gaza civil defence said.",dict(actor1=IL,actor2=CIV,weapon="airstrike",fatalities=11)),
("2025-10-19","Two journalists were killed when an Israeli drone struck their car in southern Lebanon on Saturday, the Lebanese news agency said.",dict(actor1=IL,actor2=CIV,weapon="drone",fatalities=2)),
("2025-10-20","Gunmen killed three aid workers in an attack on a clinic in Jonglei state on Sunday, the charity said.",dict(actor1=UAG,actor2=CIV,fatalities=3)),
("2025-10-21","A Russian drone hit a house in Sumy on Monday night, killing a woman and her son, local officials said.",dict(actor1=RU,actor2=CIV,weapon="drone",fatalities=2)),
("2025-10-22","Shells fired by the RSF landed on the Zamzam camp on Tuesday, killing seven displaced people, aid groups said.",dict(actor1="Rapid Support Forces",actor2=CIV,fatalities=7)),
# attackers: drones launched from X, a group's fighters, a state's forces by adjective
("2025-10-23","A drone launched from Yemen struck a building in Eilat on Wednesday, lightly wounding two people, Israeli medics said.",dict(actor2=CIV,weapon="drone")),
("2025-10-24","Turkish forces shelled villages near Amadiya in Duhok province on Thursday, residents said.",dict(actor1="Military Forces of Turkey",actor2=CIV,weapon="artillery")),
("2025-10-25","Islamic State fighters killed five shepherds near Rutba in Anbar on Friday, security officials said.",dict(actor1=IS,actor2=CIV,fatalities=5)),
("2025-10-26","Ukrainian forces struck a Russian command post near Pokrovsk on Saturday, the General Staff in Kyiv said.",dict(actor1=UA,actor2=RU)),
("2025-10-27","Russian troops shelled the town of Nikopol on Sunday, damaging homes and wounding three residents, the regional governor said.",dict(actor1=RU,actor2=CIV,weapon="artillery")),
("2025-10-28","Somali forces backed by US air strikes killed 30 al-Shabaab militants near Buulo Mareer on Monday, the Somali army said.",dict(actor1=SOM,actor2=SHB,fatalities=30)),
("2025-10-29","JNIM militants attacked Malian troops near Niono on Tuesday, killing six soldiers, the army said.",dict(actor1=JNIM,actor2="Military Forces of Mali",fatalities=6)),
("2025-10-30","Israeli troops shot dead two Palestinian militants during a raid in Tubas on Wednesday, the Israeli military said.",dict(actor1=IL,fatalities=2)),
# a country named as the target
("2025-11-01","Russia launched a large missile attack on Ukraine overnight, hitting energy facilities in several regions, Ukraine's air force said.",dict(actor1=RU,actor2=[CIV,None])),
("2025-11-02","Iran fired dozens of ballistic missiles at Israel on Thursday night, the Israeli military said, most of which were intercepted.",dict(actor1="Military Forces of Iran",actor2=[IL,None])),
# local forces named with a place
("2025-11-03","Diyala police said two people were wounded when a mortar round fell on a farm near Baquba on Sunday.",dict(actor2=CIV,fatalities=0)),
("2025-11-04","Police in Quetta arrested two suspected militants on Monday after a shootout in which one officer was wounded.",dict(actor1=PKP)),
("2025-11-05","A policeman was killed when unidentified gunmen attacked a checkpoint in Mosul on Tuesday, a police source in Nineveh said.",dict(actor1=UAG,actor2=IQP,fatalities=1)),
("2025-11-06","Soldiers in Bunia repelled an attack by CODECO militiamen on Wednesday, killing four of them, the army said.",dict(actor1="CODECO",actor2="Military Forces of the Democratic Republic of Congo")),
# people detained
("2025-11-07","Israeli troops detained 12 Palestinians in an overnight raid on the Balata refugee camp in Nablus, the Palestinian Prisoners' Society said.",dict(actor1=IL,actor2=CIV)),
("2025-11-08","Iraqi security forces arrested five men suspected of planning attacks in Fallujah on Saturday, the interior ministry said.",dict(actor1=["Military Forces of Iraq",IQP],actor2=None)),
]
