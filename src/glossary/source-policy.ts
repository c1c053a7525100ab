/**
 * Sources shown to a citizen must be of standing: government and Party sites,
 * state and established media, encyclopedias, academic work, the official site
 * of the body concerned. The research notes also hold reposts, aggregators and
 * content farms; these hosts are refused outright (the schema's `kind` makes the
 * writer classify everything else).
 */
import { webAddressProblem } from '../checks/parts.ts';

const NOT_OF_STANDING = [
  // reposts, aggregators and content farms found in the research notes
  'outofmemory.cn',
  'daowen.com',
  'fx361.cc',
  'yancloud.red',
  'freewechat.com',
  'yfxzm.com',
  'zylgz.com',
  'handmsg.com',
  'feifmx.com',
  'dbsqp.com',
  'iguojiribao.com',
  'zhongjiyangmei.com',
  'baiducontent.com',
  'cloudfront.net',
  '0592wld.com',
  '91dzs.com',
  'gongwen.com.cn',
  'tellerreport.com',
  'oracleblog.org',
  'yuanyuzhoujie.com',
  '265xx.com',
  'czcf.com',
  'bc1z0.cn',
  'riverfishny.com',
  'qicai.net',
  'szjzcy.com',
  'chengju.com',
  'chddh.cn',
  'lyqiao.cn',
  'xinlihui.cn',
  'novel.qq.com',
  '277762.cc',
  'todaychina.cc',
  'ppfocus.com',
  'xgzy.net',
  'folksfolks.com',
  '010b.com',
  'en84.com',
  'jintiankansha.me',
  'ahpxgroup.com',
  'yingyushijie.com',
  '23tf.com',
  'jiangsulong.com',
  'laitimes.com',
  'englishtour.cn',
  'enread.com',
  'metatrb.cn',
  'cezhidao.com',
  'zgcounty.com',
  'shfjr.com',
  'investchn.com',
  'scholarmate.com',
  // user-generated or self-media platforms
  '360doc.com',
  'baijiahao.baidu.com',
  'zhihu.com',
  'douban.com',
  'wenku.baidu.com',
  'docin.com',
  'doc88.com',
  'book118.com',
  'sohu.com',
  'sina.cn',
  'toutiao.com',
  'weixin.qq.com',
  'bilibili.com',
];

/** Why a source address is not of standing, or undefined when it may be shown. */
export function refusedSource(address: string): string | undefined {
  let host: string;
  try {
    host = new URL(address).hostname.toLowerCase();
  } catch {
    return 'not a web address';
  }
  if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) return 'a bare IP address, not a publisher';
  const problem = webAddressProblem(address);
  if (problem) return problem;
  const hit = NOT_OF_STANDING.find((d) => host === d || host.endsWith(`.${d}`));
  if (hit) return `${hit} reposts or aggregates other publishers' material`;
  // 澎湃号 (The Paper's self-media accounts) live under /baijiahao_ paths.
  if (host.endsWith('thepaper.cn') && address.includes('/baijiahao_'))
    return "a 澎湃号 self-media post, not The Paper's own reporting";
  return undefined;
}
