/// The kind of activity each demo title is (issue 16: a recreation day listed as a peer group made
/// the referral's structured filter answer wrongly). Every title the generator uses is here;
/// `DemoActivityKindTests` fails on one that is not.
enum DemoActivityKinds {
    static let byTitle: [String: String] = [
        "Omaishoitajien vertaisryhmä": "peer_group", "Omaishoitajien virkistyspäivä": "event",
        "Neuvontapiste omaishoitajille": "advice",
        "Perhekahvila": "peer_group", "Lastenhoitoapu": "home_help", "Kaveritoiminta": "volunteering", "Vauvaryhmä": "peer_group",
        "Kerhopäivä": "hobby", "Tuolijumppa": "hobby", "Teatteriretki": "trip", "Kuntosalivuoro": "hobby", "Lauluryhmä": "hobby",
        "Klubitalo": "guidance", "Mielenterveyskuntoutujien vertaisryhmä": "peer_group", "Kohtaamispaikka": "peer_group",
        "Kokemusasiantuntijaryhmä": "peer_group",
        "Kyläjuhla": "event", "Kylätalon avoimet ovet": "event", "Talkoopäivä": "volunteering", "Kyläkahvila": "event",
        "Ruokakurssi": "training", "Kotitalousneuvonta": "advice", "Marttailta": "hobby", "Sienikurssi": "training",
        "Ystävätoiminta": "volunteering", "Ensiapukurssi": "training", "Kotoutumisen tuki": "guidance", "Terveyspiste": "advice",
        "4H-kerho": "hobby", "Nuorten työllistäminen": "guidance", "Kesäleiri": "camp", "Kokkikerho": "hobby",
        "Junioriharjoitukset": "hobby", "Kuntoliikuntaryhmä": "hobby", "Liikuntakerho": "hobby", "Hiihtokoulu": "training",
        "Vertaistukiryhmä": "peer_group", "Terveysluento": "training", "Liikuntaryhmä": "hobby", "Muistikahvila": "peer_group",
        "Vertaisryhmä": "peer_group", "Soveltava liikunta": "hobby", "Edunvalvontaneuvonta": "advice", "Virkistysretki": "trip",
        "Päihteetön kohtaamispaikka": "peer_group", "AA-henkinen vertaisryhmä": "peer_group", "Päiväkeskus": "guidance",
        "Suomen kielen kerho": "training", "Naisten ryhmä": "peer_group", "Asiointiapu": "advice", "Kulttuurijuhla": "event",
        "Työnhakuklubi": "guidance", "Ruokailu": "service_production", "Työttömien ohjauspiste": "guidance",
        "Nuorten talo": "hobby", "Vapaaehtoisvälitys": "volunteering", "Etsivä nuorisotyö": "guidance",
        "Koloilta": "hobby", "Partioleiri": "camp", "Koulun disko": "event", "Retkipäivä": "trip",
    ]
}
