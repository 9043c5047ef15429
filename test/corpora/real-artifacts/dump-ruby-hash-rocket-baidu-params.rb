  task :refresh_token => :environment do
    ApiApp.baidu.fetch_baidu_token(refresh: true)
  end

  # request params: {:access_token=>"24.f313a9619ea3154e2865e7955f89885d.2592000.1418206731.282335-3528270", :app_name=>"mike", :app_logo=>"https://mp.weixin.qq.com/misc/getheadimg?token=1189337400&fakeid=2390790823&r=342502", :app_query=>"mike", :app_url=>"http://m.winwemedia.com/mike", :custom_id=>"19585", :app_desc=>"关注生活服务内容，以及以分享为快乐，分享互联网精彩内容。", :email=>"liangwenke.com@gmail.com", :phone=>""}
  # respone: {"app_id"=>4622582}
