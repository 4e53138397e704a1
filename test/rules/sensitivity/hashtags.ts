/**
 * Hashtags for sensitivity/hashtag-reading, written for these tests (none is taken from the
 * held-out corpus). ORDINARY: run-together hashtags of the kind brands post every day, in lower
 * case so the rule has to read them; many hold a listed word across or inside their words
 * (#glassart, #sussexlife, #cocktailhour) and must stay quiet. PROBLEM: hashtags a reader can read
 * as something offensive, with the brand names of `HASHTAG_BRANDS` known to the rule.
 */
export const HASHTAG_BRANDS = ["Nuvola", "Pixelforge", "Fizzo", "Wanderly", "Kestrel Motors", "Crumb & Co", "Brightcart", "Glowe"];

export const ORDINARY_HASHTAGS: readonly string[] = [
  // Retail and seasons
  "#blackfriday", "#cybermonday", "#smallbusinesssaturday", "#shopsmall", "#shoplocal", "#summersale", "#wintersale",
  "#backtoschool", "#holidaygiftguide", "#giftideas", "#stockingstuffers", "#newarrivals", "#newin", "#justdropped",
  "#limitededition", "#flashsale", "#freeshipping", "#bestseller", "#customerfavourite", "#restocked", "#backinstock",
  "#springcleaning", "#homedecor", "#homeinspo", "#interiordesign", "#gardeninspiration", "#outdoorliving",
  "#weekendvibes", "#fridayfeeling", "#mondaymotivation", "#tuesdaytip", "#wednesdaywisdom", "#throwbackthursday",
  "#flashbackfriday", "#sundayfunday", "#selfcaresunday", "#mothersday", "#fathersday", "#valentinesday",
  "#earthday", "#worldenvironmentday", "#plasticfreejuly", "#giveback", "#givingtuesday", "#shopthelook",
  // Food and drink
  "#coffeetime", "#coffeelover", "#coffeeaddict", "#butfirstcoffee", "#latteart", "#flatwhite", "#coldbrew",
  "#icedcoffee", "#pumpkinspice", "#brunchgoals", "#breakfastclub", "#foodporn", "#foodie", "#foodstagram",
  "#instafood", "#homebaking", "#sourdoughbread", "#freshbaked", "#bakeryfresh", "#pastrylove", "#croissantday",
  "#cinnamonroll", "#glutenfree", "#plantbased", "#veganfood", "#mealprep", "#healthyeating", "#cleaneating",
  "#tacotuesday", "#pizzanight", "#burgerlove", "#sundayroast", "#afternoontea", "#teatime", "#cocktailhour",
  "#happyhour", "#mocktails", "#sodafountain", "#grapesoda", "#lemonadestand", "#summerdrinks", "#icecreamday",
  "#nationaldonutday", "#chocolatelover", "#cheeseboard", "#farmtotable", "#grassfed", "#freerange", "#shiitake",
  "#passionfruit", "#grapefruitseason", "#peachseason", "#applepicking", "#harvestfestival", "#farmersmarket",
  "#cumberlandsausage", "#assamtea", "#bassalebrewery", "#pornstarmartini", "#cocktailsofinstagram", "#bakeoff",
  // Travel
  "#travelgram", "#wanderlust", "#traveltuesday", "#roadtrip", "#staycation", "#weekendgetaway", "#beachlife",
  "#mountainviews", "#islandlife", "#citybreak", "#solotravel", "#familytravel", "#travelgoals", "#bucketlist",
  "#passportready", "#jetsetter", "#aviationlovers", "#avgeek", "#planespotting", "#windowseat", "#fromwhereistand",
  "#sunsetlovers", "#sunrisechaser", "#hikingadventures", "#campinglife", "#glamping", "#vanlife", "#exploremore",
  "#visitscotland", "#visitengland", "#lovegreatbritain", "#sussexlife", "#essexlife", "#middlesexcounty",
  "#wessexwalks", "#canalboatholiday", "#canallife", "#lakedistrict", "#peakdistrict", "#cornwallcoast",
  "#mississippiriver", "#massachusettsfall", "#passportstamps", "#embassyrow", "#compasspoint", "#grassmarket",
  // Beauty and fashion
  "#skincareroutine", "#skincaretips", "#glowingskin", "#glowup", "#makeuplook", "#makeupartist", "#lipstickaddict",
  "#nailart", "#haircare", "#hairgoals", "#selfcare", "#beautytips", "#crueltyfree", "#cleanbeauty", "#spfdaily",
  "#ootd", "#outfitoftheday", "#streetstyle", "#styleinspo", "#fashionweek", "#sustainablefashion", "#slowfashion",
  "#vintagestyle", "#thriftfinds", "#preloved", "#capsulewardrobe", "#denimlove", "#sneakerhead", "#knitwear",
  "#unisexfashion", "#unisexstyle", "#classicstyle", "#classact", "#glassart", "#glasswareaddict", "#brassband",
  "#massageday", "#sassyseason", "#tasselearrings", "#expertadvice", "#expertpicks", "#expertsadvice",
  // Tech, games, telecom, finance, cars
  "#gamersunite", "#gamerlife", "#gamingcommunity", "#gamingsetup", "#pcgaming", "#indiegame", "#indiedev",
  "#gamedev", "#esports", "#speedrun", "#patchnotes", "#newseason", "#battlepass", "#twitchstreamer", "#cosplay",
  "#techtips", "#techtuesday", "#appupdate", "#newfeature", "#fibrebroadband", "#fiveg", "#smarthome", "#wifitips",
  "#budgetingtips", "#moneytips", "#savingsgoals", "#financialfreedom", "#firsthome", "#mortgageadvice",
  "#studentbanking", "#cashback", "#fraudawareness", "#cybersecurity", "#dataanalytics", "#analogphotography",
  "#testdrive", "#electricvehicle", "#evcharging", "#roadtripready", "#carsofinstagram", "#classiccars",
  "#supercarsunday", "#cockpitview", "#speedtest", "#racingline", "#motorsport", "#carlifestyle",
  // People and community
  "#nowhiring", "#joinourteam", "#meettheteam", "#teamwork", "#womeninstem", "#womeninbusiness", "#girlboss",
  "#internationalwomensday", "#pridemonth", "#blackhistorymonth", "#mentalhealthawareness", "#worldbookday",
  "#bookworm", "#bookstagram", "#readinglist", "#kidsexpo", "#artsexhibition", "#artexhibition", "#artlovers",
  "#artistsoninstagram", "#supportlocalartists", "#dickensfestival", "#scunthorpeunited", "#clitheroecastle",
  "#scrapbooking", "#peacockfeathers", "#petsofinstagram", "#dogsofinstagram", "#catsofinstagram", "#adoptdontshop",
  "#volunteerweek", "#communityfirst", "#smallbiz", "#supportsmallbusiness", "#entrepreneurlife", "#startuplife",
  "#podcastlife", "#newepisode", "#behindthescenes", "#sneakpeek", "#comingsoon", "#staytuned", "#giveaway",
  "#competitiontime", "#winitwednesday", "#tagafriend", "#customerservice", "#thankyou", "#grateful",
  "#thanksgivingdinner", "#christmasjumperday", "#halloweencostume", "#bonfirenight", "#newyearsresolution",
  "#fitnessmotivation", "#workoutwednesday", "#yogaeveryday", "#runningcommunity", "#fartlekfriday", "#marathontraining",
  "#grapeseedoil", "#grapevine", "#drapery", "#escapeartist", "#landscapeart", "#capecod", "#scrapeandpaint", "#grassroots", "#grassrootsfootball", "#passiton", "#masterclass", "#bassfishing", "#childrenswear", "#grapeshot",
  "#assessmentweek", "#classof", "#thegratefuldead", "#deadlinesday", "#sexeducation",
  // Listed words inside ordinary words
  "#classicrock", "#grasshopper", "#passionproject", "#bassline", "#sassafras", "#hassletravel", "#molassescookies",
  "#casseroleseason", "#embassysuites", "#compassionate", "#jurassicworld", "#glassblowing", "#picassoexhibit",
  "#sextantcoffee", "#essexweddings", "#wessexwater", "#sussexuni", "#unisexhaircut", "#catsexplore",
  "#analytics", "#dataanalyst", "#financialplanning", "#canalwalk", "#cocktailrecipes", "#peacockblue",
  "#cockerspaniel", "#hitchcockfilms", "#dickensian", "#bluetits", "#pissarro", "#scrapbook",
  "#skyscraper", "#artfarm", "#fartlek", "#heartfelt", "#smartfarming", "#earthporn", "#cabinporn", "#grapes",
  "#drapes", "#capeverde", "#escaperoom", "#landscapes", "#rapeseed", "#clitheroe", "#scunthorpe", "#happenings",
  "#assets", "#assistant", "#passwordsafety", "#sassy", "#classy", "#bassguitar", "#grassland", "#lasso",
  "#therapy", "#therapydog", "#artistsupport", "#startart", "#stuffart", "#ourpeninsula", "#titans",
  // Brand-prefixed
  "#nuvolamoments", "#nuvolacoffee", "#nuvolaexpress", "#nuvolarewards", "#pixelforgelive", "#pixelforgeshowcase",
  "#pixelforgegamers", "#fizzofridays", "#fizzofamily", "#fizzoexchange", "#wanderlyescapes", "#wanderlytravels",
  "#wanderlyexperts", "#kestrelmotors", "#kestreltestdrive", "#kestrelexperience", "#crumbandco", "#crumbandcobakes",
  "#brightcartdeals", "#brightcartexpress", "#brightcartfinds", "#gloweskin", "#gloweexperts", "#gloweglowup",
  "#glowebeauty", "#gloweartistry", "#nuvolaartists", "#pixelforgeart", "#fizzoart", "#wanderlyart",
];

/** Hashtags a comms lead would want rewritten, and the word a reader may see in each. */
export const PROBLEM_HASHTAGS: readonly { tag: string; word: string }[] = [
  { tag: "#writersexchange", word: "sex" },
  { tag: "#oddsexchange", word: "sex" },
  { tag: "#teachersexchange", word: "sex" },
  { tag: "#hotelsexpress", word: "sex" },
  { tag: "#fizzowritersexchange", word: "sex" },
  { tag: "#pixelforgegamersexchange", word: "sex" },
  { tag: "#physiotherapistlife", word: "rapist" },
  { tag: "#nuvolatherapistpicks", word: "rapist" },
  { tag: "#whoreallycares", word: "whore" },
  { tag: "#wanderlywhoreallycares", word: "whore" },
  { tag: "#thepenismightier", word: "penis" },
  { tag: "#brightcartpenisland", word: "penis" },
  { tag: "#glowespeedofart", word: "fart" },
];
